import { type AuditTrend, AuditTrendQuery, type Locale } from '@praxisnetz/shared';
import { ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, readableAuditSql } from '../../policy/index.ts';
import { type AuditAccess, figureOf } from './audit-access.ts';
import { areaListOf, cityResults } from './audits.repo.ts';
import { mapTexts } from './map-texts.ts';
import { renderTrend } from './trend-chart.ts';

/** Up to this many districts, the trend shows every one; beyond, the city and the district asked for. */
const TREND_AREAS_MAX = 10;

/** An audit's figures across the city's survey years. */
export function auditTrend({ db, catalogue, readable }: AuditAccess) {
  return {
    /**
     * One indicator across the city's survey years, per area of this audit: its own years and those
     * of the city's other audits the reader may see whose areas have the same codes (for a year both
     * have, this audit's figure, else the newest audit's). Withheld below each audit's minimum n, as everywhere.
     * With more than ten districts: the city and `area` (a code, or `all`).
     */
    async trend(actor: Actor, id: number, query: unknown, locale: Locale): Promise<AuditTrend> {
      const found = await readable(actor, id);
      const q = parseInput(AuditTrendQuery, query ?? {});
      const cat = await catalogue();
      const slug = q.indicator ?? found.audit.resultIndex[0]?.indicator;
      const meta = cat.find((c) => c.indicator.slug === slug);
      if (!slug || !meta) throw ValidationError({ indicator: found.audit.resultIndex.length ? 'Choose an indicator of the catalogue.' : 'The audit has no results yet.' });
      const ids = meta.indicator.standard ? [meta.row.indicator.id, ...cat.filter((c) => c.row.indicator.mapsToId === meta.row.indicator.id && c.row.indicator.cityId === found.audit.cityId).map((c) => c.row.indicator.id)] : [meta.row.indicator.id];
      const areas = await areaListOf(db, id);
      // A city with many districts: its own line, and the district asked for (or all of them, asked for so).
      const limited = areas.length > TREND_AREAS_MAX && q.area !== 'all';
      const shown = limited ? areas.filter((a) => a.code === q.area) : areas;
      const names = new Map<string, string>([['city', mapTexts[locale].city], ...shown.map((a) => [a.code, a.name] as [string, string])]);
      const rows = await cityResults(db, id, found.audit.cityId, ids, readableAuditSql(actor), [...names.keys()]);
      const shares = meta.indicator.kind === 'categories';
      const points = new Map<string, Map<number, AuditTrend['series'][number]['points'][number]>>();
      for (const { result: r, auditId, minN } of rows) {
        if (!names.has(r.areaCode)) continue;
        const byYear = points.get(r.areaCode) ?? new Map();
        points.set(r.areaCode, byYear);
        if (byYear.has(r.year)) continue;
        const asked = cat.find((c) => c.row.indicator.id === r.indicatorId)!.indicator;
        byYear.set(r.year, { year: r.year, auditId, ...figureOf(r, minN, asked.headline) });
      }
      const series = [...names]
        .filter(([code]) => points.has(code))
        .map(([code, name]) => ({ code, name, points: [...points.get(code)!.values()].sort((a, b) => a.year - b.year) }));
      const years = [...new Set(series.flatMap((x) => x.points.map((p) => p.year)))].sort();
      const title = `${meta.indicator.name[locale]}: ${meta.indicator.headlineLabel[locale]}`;
      const svg =
        years.length > 1
          ? await renderTrend(
              series.map((x) => ({ name: x.name, city: x.code === 'city', points: x.points.filter((p) => p.value !== null).map((p) => ({ year: p.year, value: p.value! })) })),
              { title, percent: shares, locale },
            )
          : null;
      return { indicator: slug, years, series, limited, svg };
    },
  };
}
