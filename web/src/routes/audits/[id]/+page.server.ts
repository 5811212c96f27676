import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { PageServerLoad } from './$types';

/**
 * An audit with its method, the city's key figures (its city-wide results only) and, for the
 * indicator and year in the address, its districts and their trend across the survey years.
 */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const id = pathId(event);
  const query = queryOf(event.url, ['indicator', 'year', 'view']);
  const [audit, indicators] = await Promise.all([api.audit(id, { area: 'city', latest: '1' }).catch((e) => loadFailure(event, e)), api.indicators()]);
  const districts = audit.indicatorYears.length ? await api.auditDistricts(id, query, event.locals.locale).catch((e) => loadFailure(event, e)) : null;
  const trendArea = event.url.searchParams.get('trendArea') ?? '';
  const trend = districts ? await api.auditTrend(id, { indicator: districts.indicator, area: trendArea }, event.locals.locale).catch((e) => loadFailure(event, e)) : null;
  const breakdowns = districts ? await api.auditBreakdowns(id, { indicator: districts.indicator, year: String(districts.year) }) : null;
  const imported = Number(event.url.searchParams.get('imported')) || null;
  return { audit, indicators: indicators.items, districts, trend, trendArea, breakdowns, imported };
};
