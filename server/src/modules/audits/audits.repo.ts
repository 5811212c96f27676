import { containing } from '../../db/like.ts';
import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { auditAreas, auditImports, auditResults, audits, auditUploads, cities, documents, groups, indicators } from '../../db/schema/index.ts';
import type { AreaBoundary } from './boundaries.ts';
import type { ResultRow } from './results-file.ts';

export type AuditRow = typeof audits.$inferSelect;
export type IndicatorRow = typeof indicators.$inferSelect;

/** The catalogue: standard items first, then cities' own. */
export async function listIndicators(db: Executor) {
  return db
    .select({ indicator: indicators, citySlug: cities.slug, cityName: cities.name })
    .from(indicators)
    .leftJoin(cities, eq(cities.id, indicators.cityId))
    .orderBy(sql`${indicators.cityId} is not null`, asc(indicators.position), asc(indicators.id));
}

export async function findAudit(db: Executor, id: number) {
  const [row] = await db
    .select({ audit: audits, citySlug: cities.slug, cityName: cities.name, groupName: groups.name })
    .from(audits)
    .innerJoin(cities, eq(cities.id, audits.cityId))
    .leftJoin(groups, eq(groups.id, audits.groupId))
    .where(eq(audits.id, id));
  return row;
}

/**
 * Audits among those `readable` lets the reader see, latest fieldwork first; with `q`, those whose
 * title, city, an area's name or an indicator with results contains it (in any of the languages).
 */
export async function listAudits(db: Executor, readable: SQL, q?: string | null) {
  const like = q ? containing(q) : null;
  const matching = like
    ? or(
        ilike(audits.title, like),
        ilike(cities.name, like),
        sql`exists (select 1 from ${auditAreas} where ${auditAreas.auditId} = ${audits.id} and ${auditAreas.name} ilike ${like})`,
        sql`exists (select 1 from ${indicators} where ${audits.resultIndex} @> jsonb_build_array(jsonb_build_object('indicator', ${indicators.slug}))
              and (${indicators.nameDe} ilike ${like} or ${indicators.nameEn} ilike ${like} or ${indicators.nameFr} ilike ${like}))`,
      )
    : undefined;
  return db
    .select({ audit: audits, citySlug: cities.slug, cityName: cities.name, groupName: groups.name })
    .from(audits)
    .innerJoin(cities, eq(cities.id, audits.cityId))
    .leftJoin(groups, eq(groups.id, audits.groupId))
    .where(and(readable, matching))
    .orderBy(desc(audits.fieldworkTo), desc(audits.id))
    .limit(500);
}

export async function insertAudit(db: Executor, row: typeof audits.$inferInsert): Promise<AuditRow> {
  const [created] = await db.insert(audits).values(row).returning();
  return created!;
}

/** The audit with its areas, results, imports and kept files (its discussion thread stays). */
export async function deleteAudit(db: Executor, id: number): Promise<void> {
  await db.delete(audits).where(eq(audits.id, id));
}

export async function updateAudit(db: Executor, id: number, patch: Partial<AuditRow>): Promise<void> {
  await db.update(audits).set({ ...patch, updatedAt: new Date() }).where(eq(audits.id, id));
}

/** An audit's areas without their boundaries: code, name and whether one exists. */
export async function areaListOf(db: Executor, auditId: number) {
  return db
    .select({ code: auditAreas.code, name: auditAreas.name, hasBoundary: sql<boolean>`${auditAreas.geometry} is not null` })
    .from(auditAreas)
    .where(eq(auditAreas.auditId, auditId))
    .orderBy(asc(auditAreas.code));
}

export async function areasOf(db: Executor, auditId: number) {
  return db.select().from(auditAreas).where(eq(auditAreas.auditId, auditId)).orderBy(asc(auditAreas.code));
}

export async function replaceAreas(db: Executor, auditId: number, areas: AreaBoundary[]): Promise<void> {
  await db.delete(auditAreas).where(eq(auditAreas.auditId, auditId));
  for (let i = 0; i < areas.length; i += 500) {
    await db.insert(auditAreas).values(areas.slice(i, i + 500).map((a) => ({ auditId, code: a.code, name: a.name, geometry: a.geometry })));
  }
}

export interface ResultFilter {
  /** also the results by gender and age group (else those of all respondents only) */
  breakdowns?: boolean;
  areaCode?: string;
  indicatorId?: number;
  year?: number;
}

/** The results of one import of the audit (narrowed by area, indicator or year), with each indicator's slug. */
export async function resultsOf(db: Executor, auditId: number, version: number, filter: ResultFilter = {}) {
  return db
    .select({ result: auditResults, slug: indicators.slug })
    .from(auditResults)
    .innerJoin(indicators, eq(indicators.id, auditResults.indicatorId))
    .where(
      and(
        eq(auditResults.auditId, auditId),
        eq(auditResults.version, version),
        filter.breakdowns ? undefined : eq(auditResults.breakdown, ''),
        filter.areaCode === undefined ? undefined : eq(auditResults.areaCode, filter.areaCode),
        filter.indicatorId === undefined ? undefined : eq(auditResults.indicatorId, filter.indicatorId),
        filter.year === undefined ? undefined : eq(auditResults.year, filter.year),
      ),
    )
    .orderBy(asc(indicators.position), asc(auditResults.year), asc(auditResults.areaCode), asc(auditResults.breakdown));
}

/** Which indicators an import has results for, in which years (the catalogue's order): worked out once, at the import. */
async function indicatorYears(db: Executor, auditId: number, version: number): Promise<{ indicator: string; years: number[] }[]> {
  const rows = await db
    .selectDistinct({ slug: indicators.slug, year: auditResults.year, position: indicators.position })
    .from(auditResults)
    .innerJoin(indicators, eq(indicators.id, auditResults.indicatorId))
    .where(and(eq(auditResults.auditId, auditId), eq(auditResults.version, version), eq(auditResults.breakdown, '')))
    .orderBy(asc(indicators.position), asc(auditResults.year));
  const index = new Map<string, number[]>();
  for (const r of rows) index.set(r.slug, [...(index.get(r.slug) ?? []), r.year]);
  return [...index].map(([indicator, years]) => ({ indicator, years }));
}

/** The area codes the import has results for. */
export async function resultAreas(db: Executor, auditId: number, version: number): Promise<string[]> {
  const rows = await db.selectDistinct({ code: auditResults.areaCode }).from(auditResults).where(and(eq(auditResults.auditId, auditId), eq(auditResults.version, version)));
  return rows.map((r) => r.code);
}

/** A new import: its rows under the next version, which becomes the audit's; older versions stay. */
export async function insertImport(db: Executor, auditId: number, version: number, rows: ResultRow[], importedBy: number): Promise<void> {
  for (let i = 0; i < rows.length; i += 1000) {
    await db.insert(auditResults).values(rows.slice(i, i + 1000).map((r) => ({ auditId, version, ...r })));
  }
  await db.insert(auditImports).values({ auditId, version, rows: rows.length, importedBy });
  await updateAudit(db, auditId, { resultsVersion: version, resultIndex: await indicatorYears(db, auditId, version) });
}

/** City-wide results of the given indicators in the current import of every audit `readable` lets the reader see. */
export async function cityWideResults(db: Executor, indicatorIds: number[], readable: SQL, year?: number) {
  if (indicatorIds.length === 0) return [];
  return db
    .select({ result: auditResults, audit: audits, citySlug: cities.slug, cityName: cities.name })
    .from(auditResults)
    .innerJoin(audits, and(eq(audits.id, auditResults.auditId), eq(audits.resultsVersion, auditResults.version)))
    .innerJoin(cities, eq(cities.id, audits.cityId))
    .where(and(eq(auditResults.areaCode, 'city'), eq(auditResults.breakdown, ''), inArray(auditResults.indicatorId, indicatorIds), readable, year === undefined ? undefined : eq(auditResults.year, year)))
    .orderBy(asc(cities.name), desc(auditResults.year));
}

export async function insertIndicator(db: Executor, row: typeof indicators.$inferInsert): Promise<IndicatorRow | undefined> {
  const [created] = await db.insert(indicators).values(row).onConflictDoNothing({ target: indicators.slug }).returning();
  return created;
}

/** The next audit number, drawn before the audit is written (its discussion thread links to it). */
export async function nextAuditId(db: Executor): Promise<number> {
  const result = await db.execute(sql`select nextval(pg_get_serial_sequence('audits', 'id'))::int as id`);
  return (result as unknown as { rows: { id: number }[] }).rows[0]!.id;
}

/**
 * One indicator's results in the current import of every audit of the city `readable` lets the
 * reader see: the material of a trend across survey years. Per year, the audit asked about comes
 * first, then the newest.
 */
export async function cityResults(db: Executor, auditId: number, cityId: number, indicatorIds: number[], readable: SQL, areaCodes: string[]) {
  if (indicatorIds.length === 0) return [];
  return db
    .select({ result: auditResults, auditId: audits.id, minN: audits.minN })
    .from(auditResults)
    .innerJoin(audits, and(eq(audits.id, auditResults.auditId), eq(audits.resultsVersion, auditResults.version)))
    .where(and(eq(audits.cityId, cityId), eq(auditResults.breakdown, ''), inArray(auditResults.indicatorId, indicatorIds), inArray(auditResults.areaCode, areaCodes), readable))
    .orderBy(asc(auditResults.year), sql`${audits.id} = ${auditId} desc`, desc(audits.fieldworkTo), desc(audits.id));
}

export async function documentTitles(db: Executor, ids: number[], readable: SQL) {
  if (ids.length === 0) return [];
  return db.select({ id: documents.id, title: documents.title }).from(documents).where(and(inArray(documents.id, ids), readable));
}

export type UploadRow = typeof auditUploads.$inferSelect;

export async function insertUpload(db: Executor, row: typeof auditUploads.$inferInsert): Promise<UploadRow> {
  const [created] = await db.insert(auditUploads).values(row).returning();
  return created!;
}

export async function findUpload(db: Executor, id: number): Promise<UploadRow | undefined> {
  const [row] = await db.select().from(auditUploads).where(eq(auditUploads.id, id));
  return row;
}

export async function deleteUpload(db: Executor, id: number): Promise<void> {
  await db.delete(auditUploads).where(eq(auditUploads.id, id));
}

/** Files left in the mapping step for more than a day. */
export async function deleteExpiredUploads(db: Executor): Promise<void> {
  await db.delete(auditUploads).where(sql`${auditUploads.createdAt} < now() - interval '1 day'`);
}
