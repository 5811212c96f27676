import { type Audit, AUDIT_BREAKDOWNS, AuditBreakdownQuery, type AuditBreakdowns, AuditCompareQuery, AuditInput, AuditListQuery, AuditMapQuery, AuditPatch, AuditResultsQuery, type AuditResult, type AuditSummary, type ComparedAudit, type DistrictView, type Indicator, type Locale } from '@praxisnetz/shared';
import Papa from 'papaparse';
import type { Db } from '../../db/client.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, canEditCityAudits, canReadGroup, isMember, readableAuditSql, readableDocumentSql, requireAuditEditor } from '../../policy/index.ts';
import { findCityBySlug } from '../cities/index.ts';
import { findDocumentsForAttaching } from '../documents/index.ts';
import type { ForumService } from '../forum/index.ts';
import { findGroupWithCategory } from '../groups/index.ts';
import { recordModeration } from '../moderation/index.ts';
import { createAuditAccess, figureOf, type Found, margin95, round1, toSummary } from './audit-access.ts';
import { auditImports } from './audit-imports.ts';
import { auditIndicators } from './audit-indicators.ts';
import { auditThread } from './audit-thread.ts';
import { auditTrend } from './audit-trend.ts';
import { areaListOf, areasOf, cityWideResults, deleteAudit, documentTitles, findAudit, insertAudit, listAudits, nextAuditId, replaceAreas, type ResultFilter, resultAreas, resultsOf, updateAudit } from './audits.repo.ts';
import { readBoundaries } from './boundaries.ts';
import { renderComparison } from './compare-chart.ts';
import { projectAreas, renderDistrictMap, type Shape } from './district-map.ts';
import { LRUCache } from 'lru-cache';
import { mapTexts } from './map-texts.ts';
import { BREAKDOWN_COLUMN, FIXED_COLUMNS } from './results-file.ts';

/** How many audits' projected boundaries a node keeps (a 300-district city's are ~130 KB). */
const PROJECTED_KEPT = 50;
/** How much of drawn maps a node keeps, in characters (a 300-district map is ~130,000). */
const DRAWN_KEPT_CHARS = 16_000_000;

/** The category of audits' discussion threads (migration 0016), unless a group's or another is chosen. */
const AUDIT_CATEGORY = 'sicherheitsaudits';

/**
 * Local safety audits: a city's survey of how safe its citizens feel, with its method, its areas
 * (boundaries from GeoJSON) and its results per area, indicator and year (imported from CSV, each
 * import a new version). Values of areas with fewer answers than the audit's minimum are withheld
 * from every reader and every output.
 */
export function createAuditsService({ db, forum, publisher }: { db: Db; forum: ForumService; publisher: Publisher }) {
  const access = createAuditAccess(db);
  const { catalogue, readable, editable } = access;
  /** The results of the audit's current import, withheld below its minimum n. */
  async function results(found: Found, filter: ResultFilter = {}): Promise<AuditResult[]> {
    const { audit } = found;
    if (audit.resultsVersion === 0) return [];
    const headline = new Map((await catalogue()).map(({ row }) => [row.indicator.id, row.indicator.headline]));
    return (await resultsOf(db, audit.id, audit.resultsVersion, filter)).map(({ result: r, slug }) => {
      const { withheld, n, value } = figureOf(r, audit.minN, headline.get(r.indicatorId) ?? []);
      return {
        area: r.areaCode,
        indicator: slug,
        year: r.year,
        breakdown: r.breakdown,
        n,
        withheld,
        shares: withheld ? null : r.shares,
        value,
        mean: withheld ? null : r.mean,
      };
    });
  }

  /**
   * A standard indicator city-wide across the audits the reader may see (each audit's latest year
   * of it, or the year asked): value with its 95 % margin, whether the city asked the standard item
   * or its own mapped to it, and the method facts a fair reading needs.
   */
  async function compare(actor: Actor, query: unknown): Promise<{ indicator: string; items: ComparedAudit[] }> {
    const q = parseInput(AuditCompareQuery, query);
    const cat = await catalogue();
    const standard = cat.find((c) => c.indicator.slug === q.indicator && c.indicator.standard);
    if (!standard) throw ValidationError({ indicator: 'Choose a standard indicator of the catalogue.' });
    const items = [standard, ...cat.filter((c) => c.row.indicator.mapsToId === standard.row.indicator.id)];
    const rows = await cityWideResults(db, items.map((c) => c.row.indicator.id), readableAuditSql(actor), q.year);
    const latest = new Map<number, (typeof rows)[number]>();
    for (const r of rows) if (!latest.has(r.audit.id)) latest.set(r.audit.id, r);
    return {
      indicator: q.indicator,
      items: [...latest.values()].map(({ result: r, audit, citySlug, cityName }) => {
        const asked = items.find((c) => c.row.indicator.id === r.indicatorId)!.indicator;
        const { n, value, margin } = figureOf(r, audit.minN, asked.headline);
        return {
          audit: { id: audit.id, title: audit.title, demo: audit.demo },
          city: { slug: citySlug, name: cityName },
          year: r.year,
          n,
          value,
          margin,
          item: r.indicatorId === standard.row.indicator.id ? 'standard' : 'mapped',
          method: { mode: audit.mode, questionnaire: audit.questionnaire, responseRate: audit.responseRate, fieldworkTo: audit.fieldworkTo },
        };
      }),
    };
  }

  /** The report and questionnaire named must be library documents the editor can read. */
  async function checkDocuments(editor: NonNullable<Actor>, data: { reportDocumentId?: number | null; questionnaireDocumentId?: number | null }) {
    const documentIds = [data.reportDocumentId, data.questionnaireDocumentId].filter((id): id is number => id != null);
    const found = await findDocumentsForAttaching(db, documentIds, readableDocumentSql(editor));
    for (const field of ['reportDocumentId', 'questionnaireDocumentId'] as const) {
      if (data[field] != null && !found.some((d) => d.id === data[field])) throw ValidationError({ [field]: 'Choose a document of the library you can read.' });
    }
  }

  /**
   * Each audit's projected boundaries, and its maps as drawn, kept while the audit is unchanged:
   * new boundaries, an import or a new minimum change its `updatedAt`, on whichever node. A map
   * depends on nothing else (not on who reads it), so it is kept by audit, time stamp and choice.
   */
  const projected = new LRUCache<string, Promise<Map<string, Shape>>>({ max: PROJECTED_KEPT });
  const drawn = new LRUCache<string, string>({ maxSize: DRAWN_KEPT_CHARS, sizeCalculation: (svg) => svg.length || 1 });
  function shapesOf(found: Found): Promise<Map<string, Shape>> {
    const key = `${found.audit.id}:${found.audit.updatedAt.getTime()}`;
    const kept = projected.get(key);
    if (kept) return kept;
    const shapes = areasOf(db, found.audit.id).then((areas) => projectAreas(areas.flatMap((a) => (a.geometry ? [{ code: a.code, geometry: a.geometry }] : []))));
    projected.set(key, shapes);
    shapes.catch(() => projected.delete(key));
    return shapes;
  }

  /**
   * One indicator and year of the audit by area: the figures (value, deviation from the city in
   * percentage points with its 95 % margin from n, withheld below the minimum n) and their map.
   * Without an indicator, the first with results; without a year, its latest.
   */
  async function districts(actor: Actor, id: number, query: unknown, locale: Locale): Promise<DistrictView> {
    const found = await readable(actor, id);
    const q = parseInput(AuditMapQuery, query ?? {});
    const index = found.audit.resultIndex;
    const [areas, cat] = await Promise.all([areaListOf(db, id), catalogue()]);
    const slug = q.indicator ?? index[0]?.indicator;
    const meta = cat.find((c) => c.indicator.slug === slug);
    if (!slug || !meta) throw ValidationError({ indicator: index.length ? 'Choose an indicator of the catalogue.' : 'The audit has no results yet.' });
    const year = q.year ?? Math.max(0, ...(index.find((r) => r.indicator === slug)?.years ?? []));
    const rows = await results(found, { indicatorId: meta.row.indicator.id, year });
    if (rows.length === 0) throw ValidationError({ year: 'The audit has no results for this indicator and year.' });
    const shares = meta.indicator.kind === 'categories';
    const city = rows.find((r) => r.area === 'city');
    const shown = rows.filter((r) => r.area !== 'city' && r.value !== null);
    const weight = shown.reduce((sum, r) => sum + r.n!, 0);
    const cityValue = city?.value ?? (weight ? round1(shown.reduce((sum, r) => sum + r.value! * r.n!, 0) / weight) : null);
    const byCode = new Map(rows.map((r) => [r.area, r]));
    const figures = areas.map((a) => {
      const r = byCode.get(a.code);
      const value = r?.value ?? null;
      const deviation = shares && value !== null && cityValue !== null ? round1(value - cityValue) : null;
      const margin = shares && value !== null && r?.n ? margin95(value, r.n) : null;
      return { code: a.code, name: a.name, n: r?.n ?? null, withheld: r?.withheld ?? false, value, deviation, margin };
    });
    const view = shares ? q.view : 'value';
    const drawnKey = `${id}:${found.audit.updatedAt.getTime()}:${slug}:${year}:${view}:${locale}`;
    const shapes = areas.some((a) => a.hasBoundary) && !drawn.has(drawnKey) ? await shapesOf(found) : null;
    const svg = drawn.get(drawnKey) ?? (shapes
      ? renderDistrictMap({
          areas: figures.flatMap((f) => {
            const shape = shapes.get(f.code);
            return shape ? [{ code: f.code, name: f.name, shape, value: view === 'deviation' ? f.deviation : f.value, withheld: f.withheld }] : [];
          }),
          title: view === 'deviation' ? `${mapTexts[locale].deviation}: ${meta.indicator.headlineLabel[locale]}` : `${meta.indicator.name[locale]}: ${meta.indicator.headlineLabel[locale]}`,
          view,
          unit: shares ? 'percent' : 'mean',
          attribution: [found.audit.attribution, found.audit.boundaryLicence].filter(Boolean).join(', '),
          demo: found.audit.demo,
          locale,
        })
      : null);
    if (svg) drawn.set(drawnKey, svg);
    return { indicator: slug, year, view, cityValue, figures, svg };
  }

  async function view(actor: Actor, found: Found, filter: ResultFilter = {}): Promise<Audit> {
    const { audit } = found;
    const documentIds = [audit.reportDocumentId, audit.questionnaireDocumentId].filter((id): id is number => id !== null);
    const [areas, rows, titles] = await Promise.all([areaListOf(db, audit.id), results(found, filter), documentTitles(db, documentIds, readableDocumentSql(actor))]);
    const documents = titles.map((d) => ({ ...d, role: d.id === audit.reportDocumentId ? ('report' as const) : ('questionnaire' as const) }));
    return {
      ...toSummary(found),
      summary: audit.summary,
      mode: audit.mode,
      sampleSize: audit.sampleSize,
      responseRate: audit.responseRate,
      weighting: audit.weighting,
      questionnaire: audit.questionnaire,
      office: audit.office,
      contact: audit.contact,
      reportDocumentId: audit.reportDocumentId,
      questionnaireDocumentId: audit.questionnaireDocumentId,
      licence: audit.licence,
      group: audit.groupId !== null ? { id: audit.groupId, name: found.groupName ?? '' } : null,
      minN: audit.minN,
      attribution: audit.attribution,
      boundaryLicence: audit.boundaryLicence,
      threadId: audit.threadId,
      documents,
      resultsVersion: audit.resultsVersion,
      areas,
      years: [...new Set(audit.resultIndex.flatMap((r) => r.years))].sort(),
      indicatorYears: audit.resultIndex,
      results: rows,
      permissions: { canEdit: canEditCityAudits(actor, audit.cityId) },
    };
  }

  return {
    async indicators(): Promise<{ items: Indicator[] }> {
      return { items: (await catalogue()).map((c) => c.indicator) };
    },

    /** The audits the reader may see (`q`: by title, city, district or indicator name). */
    async list(actor: Actor, query: unknown = {}): Promise<{ items: AuditSummary[]; permissions: { canCreate: boolean } }> {
      const { q } = parseInput(AuditListQuery, query ?? {});
      return { items: (await listAudits(db, readableAuditSql(actor), q)).map(toSummary), permissions: { canCreate: isMember(actor) } };
    },

    /** The audit with its results, all of them or those of one area, indicator or year (`?area=city&latest=1` for the key figures). */
    async get(actor: Actor, id: number, query: unknown = {}): Promise<Audit> {
      const found = await readable(actor, id);
      const q = parseInput(AuditResultsQuery, query ?? {});
      const indicatorId = q.indicator === undefined ? undefined : (await catalogue()).find((c) => c.indicator.slug === q.indicator)?.row.indicator.id;
      if (q.indicator !== undefined && indicatorId === undefined) throw ValidationError({ indicator: 'Choose an indicator of the catalogue.' });
      const audit = await view(actor, found, { areaCode: q.area, indicatorId, year: q.year });
      if (!q.latest) return audit;
      const latest = new Map(found.audit.resultIndex.map((r) => [r.indicator, Math.max(...r.years)]));
      return { ...audit, results: audit.results.filter((r) => r.year === latest.get(r.indicator)) };
    },

    /**
     * A city's members, its coordinator and moderators describe a new audit; its areas and results
     * follow. Its discussion thread is opened with it, in one transaction: in the group's category
     * for a group-visible audit, else in the category chosen or "sicherheitsaudits".
     */
    async create(actor: Actor, input: unknown): Promise<Audit> {
      const data = parseInput(AuditInput, input);
      const city = await findCityBySlug(db, data.citySlug);
      if (!city) throw ValidationError({ citySlug: 'Choose a member city.' });
      const editor = requireAuditEditor(actor, city.id);
      if (data.groupId != null && !canReadGroup(editor, data.groupId)) throw ValidationError({ groupId: 'Choose one of your working groups.' });
      await checkDocuments(editor, data);
      const group = data.groupId != null ? await findGroupWithCategory(db, data.groupId) : undefined;
      const categorySlug = group?.category.slug ?? data.categorySlug ?? AUDIT_CATEGORY;
      const id = await nextAuditId(db);
      const { citySlug: _, categorySlug: _category, ...fields } = data;
      const opening = auditThread({ id, title: data.title, city: city.name, from: data.fieldworkFrom, to: data.fieldworkTo }, editor.locale);
      await forum.createThread(actor, { categorySlug, ...opening }, async (tx, threadId) => {
        await insertAudit(tx, { ...fields, id, cityId: city.id, groupId: data.groupId ?? null, createdBy: editor.id, threadId });
      });
      return view(actor, (await findAudit(db, id))!);
    },

    /** Changes the audit's description or its minimum n; the city and the thread stay. */
    async update(actor: Actor, id: number, input: unknown): Promise<Audit> {
      const { found, editor } = await editable(actor, id);
      const patch = parseInput(AuditPatch, input ?? {});
      const merged = { ...found.audit, ...patch };
      if (merged.fieldworkFrom > merged.fieldworkTo) throw ValidationError({ fieldworkTo: 'The fieldwork cannot end before it starts.' });
      if ((merged.visibility === 'group') !== (merged.groupId != null)) throw ValidationError({ groupId: 'A group-visible audit names its working group (and only then).' });
      if (patch.groupId != null && !canReadGroup(editor, patch.groupId)) throw ValidationError({ groupId: 'Choose one of your working groups.' });
      await checkDocuments(editor, patch);
      if (Object.keys(patch).length) await updateAudit(db, id, patch);
      return view(actor, (await findAudit(db, id))!);
    },

    /**
     * The audit goes with its areas, results and older imports, in one transaction with its log
     * entry; its discussion thread stays in the forum (moderators may lock or move it).
     */
    async remove(actor: Actor, id: number): Promise<void> {
      const { found, editor } = await editable(actor, id);
      await db.transaction(async (tx) => {
        await deleteAudit(tx, id);
        await recordModeration(tx, { actorId: editor.id, action: 'audit.delete', threadId: found.audit.threadId, details: { audit: id, title: found.audit.title, city: found.citySlug } });
      });
    },

    /** Replaces the audit's areas with those of a GeoJSON file; areas that have results must stay. */
    async putAreas(actor: Actor, id: number, data: Buffer, query: { attribution?: string; licence?: string }): Promise<Audit> {
      const { found } = await editable(actor, id);
      const boundaries = readBoundaries(data, query);
      const codes = new Set(boundaries.areas.map((a) => a.code));
      const missing = (await resultAreas(db, id, found.audit.resultsVersion)).filter((code) => code !== 'city' && !codes.has(code));
      if (missing.length) throw ValidationError({ features: `The results name areas the file lacks: ${missing.slice(0, 10).join(', ')}.` });
      await db.transaction(async (tx) => {
        await replaceAreas(tx, id, boundaries.areas);
        await updateAudit(tx, id, { attribution: boundaries.attribution, boundaryLicence: boundaries.licence });
      });
      return view(actor, (await findAudit(db, id))!);
    },

    ...auditImports(access),
    ...auditTrend(access),
    ...auditIndicators(access, publisher),

    districts,

    compare,

    /** The boundaries as GeoJSON with their source and licence, each area with its figures for one indicator and year. */
    async areasGeoJson(actor: Actor, id: number, query: unknown, locale: Locale) {
      const found = await readable(actor, id);
      const areas = (await areasOf(db, id)).filter((a) => a.geometry !== null);
      const figures = found.audit.resultIndex.length ? await districts(actor, id, { ...(query as object), view: 'value' }, locale) : null;
      const byCode = new Map((figures?.figures ?? []).map((f) => [f.code, f]));
      return {
        type: 'FeatureCollection' as const,
        attribution: found.audit.attribution,
        licence: found.audit.boundaryLicence,
        resultsLicence: found.audit.licence,
        demo: found.audit.demo,
        indicator: figures?.indicator ?? null,
        year: figures?.year ?? null,
        features: areas.map((a) => {
          const f = byCode.get(a.code);
          return { type: 'Feature' as const, properties: { code: a.code, name: a.name, n: f?.n ?? null, withheld: f?.withheld ?? false, value: f?.value ?? null }, geometry: a.geometry };
        }),
      };
    },

    /** The comparison's bar chart (SVG), titled with the indicator's headline in the reader's language. */
    async compareChart(actor: Actor, query: unknown, locale: Locale): Promise<string> {
      const { indicator, items } = await compare(actor, query);
      const meta = (await catalogue()).find((c) => c.indicator.slug === indicator)!.indicator;
      return renderComparison(items, { title: `${meta.name[locale]}: ${meta.headlineLabel[locale]}`, locale });
    },

    /** One indicator's result in one area and year by gender and age group, each with its n (withheld below the minimum) and, for shares, its 95 % margin. */
    async breakdowns(actor: Actor, id: number, query: unknown): Promise<AuditBreakdowns> {
      const found = await readable(actor, id);
      const q = parseInput(AuditBreakdownQuery, query ?? {});
      const index = found.audit.resultIndex;
      const slug = q.indicator ?? index[0]?.indicator;
      const meta = (await catalogue()).find((c) => c.indicator.slug === slug);
      if (!slug || !meta) throw ValidationError({ indicator: index.length ? 'Choose an indicator of the catalogue.' : 'The audit has no results yet.' });
      const year = q.year ?? Math.max(0, ...(index.find((r) => r.indicator === slug)?.years ?? []));
      const rows = await results(found, { breakdowns: true, areaCode: q.area, indicatorId: meta.row.indicator.id, year });
      const shares = meta.indicator.kind === 'categories';
      const groups = AUDIT_BREAKDOWNS.flatMap((breakdown) => {
        const r = rows.find((x) => x.breakdown === breakdown);
        return r ? [{ breakdown, n: r.n, withheld: r.withheld, value: r.value, margin: shares && r.value !== null && r.n ? margin95(r.value, r.n) : null }] : [];
      });
      return { indicator: slug, year, area: q.area, groups };
    },

    /** The current results, by gender and age group too, as CSV in the template's columns, withheld values left out, the licence in the first line. */
    async resultsCsv(actor: Actor, id: number): Promise<{ csv: string; filename: string }> {
      const found = await readable(actor, id);
      const cat = await catalogue();
      const categories = [...new Set(cat.flatMap(({ row }) => row.indicator.categories.map((c) => c.key)))];
      const rows = (await results(found, { breakdowns: true })).map((r) => ({
        ...Object.fromEntries(FIXED_COLUMNS.map((c) => [c, ''])),
        area_code: r.area,
        indicator: r.indicator,
        year: r.year,
        n: r.withheld ? '' : r.n,
        withheld: r.withheld ? 'yes' : '',
        ...Object.fromEntries(categories.map((k) => [k, r.shares?.[k] ?? ''])),
        mean: r.mean ?? '',
        [BREAKDOWN_COLUMN]: r.breakdown,
      }));
      const header = `# ${found.audit.title} (${found.cityName}) — licence: ${found.audit.licence}${found.audit.demo ? ' — fictitious demo data' : ''}\n`;
      const csv = Papa.unparse({ fields: [...FIXED_COLUMNS, 'withheld', ...categories, 'mean', BREAKDOWN_COLUMN], data: rows }, { escapeFormulae: true });
      return { csv: header + csv, filename: `audit-${id}-results.csv` };
    },

  };
}
export type AuditsService = ReturnType<typeof createAuditsService>;
