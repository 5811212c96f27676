import type { AuditSummary, Indicator } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { sharedLookup } from '../../db/shared-cache.ts';
import { type Actor, requireAuditEditor, requireAuditReader } from '../../policy/index.ts';
import { findAudit, listIndicators } from './audits.repo.ts';

export const round1 = (v: number) => Math.round(v * 10) / 10;
/** The 95 % confidence interval's half width, in percentage points, of a share (percent) from n answers. */
export const margin95 = (share: number, n: number) => round1(196 * Math.sqrt(((share / 100) * (1 - share / 100)) / n));

/**
 * One stored result as every output shows it: withheld below the audit's minimum n; otherwise its
 * headline figure (the headline categories' shares summed, or the mean) and, for shares, its 95 % margin.
 */
export function figureOf(r: { n: number; shares: Record<string, number> | null; mean: number | null }, minN: number, headline: string[]) {
  const withheld = r.n < minN;
  const raw = withheld ? null : r.shares ? headline.reduce((sum, key) => sum + (r.shares![key] ?? 0), 0) : r.mean;
  return { withheld, n: withheld ? null : r.n, value: raw === null ? null : round1(raw), margin: r.shares && raw !== null ? margin95(raw, r.n) : null };
}

export type Found = NonNullable<Awaited<ReturnType<typeof findAudit>>>;
type IndicatorListRow = Awaited<ReturnType<typeof listIndicators>>[number];

const toIndicator = (r: IndicatorListRow, slugs: Map<number, string>): Indicator => ({
  slug: r.indicator.slug,
  name: { de: r.indicator.nameDe, en: r.indicator.nameEn, fr: r.indicator.nameFr },
  kind: r.indicator.kind,
  categories: r.indicator.categories,
  headline: r.indicator.headline,
  headlineLabel: { de: r.indicator.headlineDe, en: r.indicator.headlineEn, fr: r.indicator.headlineFr },
  standard: r.indicator.cityId === null,
  mapsTo: r.indicator.mapsToId === null ? null : (slugs.get(r.indicator.mapsToId) ?? null),
  city: r.citySlug ? { slug: r.citySlug, name: r.cityName! } : null,
});

export const toSummary = (f: Found): AuditSummary => ({
  id: f.audit.id,
  title: f.audit.title,
  city: { slug: f.citySlug, name: f.cityName },
  fieldworkFrom: f.audit.fieldworkFrom,
  fieldworkTo: f.audit.fieldworkTo,
  visibility: f.audit.visibility,
  demo: f.audit.demo,
});

const keptCatalogue = sharedLookup('indicators', async (db) => {
  const rows = await listIndicators(db);
  const slugs = new Map(rows.map((r) => [r.indicator.id, r.indicator.slug]));
  return rows.map((r) => ({ row: r, indicator: toIndicator(r, slugs) }));
});

/** What every audit use case starts from: the catalogue, and an audit the actor may read or edit. */
export function createAuditAccess(db: Db) {
  /** The indicator catalogue, read on nearly every audit request: kept until an item is added (`dropSharedCache(db, 'indicators')`). */
  async function catalogue() {
    return (await keptCatalogue(db, 'all'))!;
  }

  async function readable(actor: Actor, id: number): Promise<Found> {
    const found = await findAudit(db, id);
    requireAuditReader(actor, found && { ...found.audit });
    return found!;
  }

  async function editable(actor: Actor, id: number): Promise<{ found: Found; editor: NonNullable<Actor> }> {
    const found = await readable(actor, id);
    return { found, editor: requireAuditEditor(actor, found.audit.cityId) };
  }

  return { db, catalogue, readable, editable };
}
export type AuditAccess = ReturnType<typeof createAuditAccess>;
