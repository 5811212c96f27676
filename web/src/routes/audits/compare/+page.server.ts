import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { PageServerLoad } from './$types';

/** One standard indicator city-wide across the audits the reader may see: chart, table and what differs between the surveys. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const indicators = (await api.indicators()).items.filter((i) => i.standard);
  const query: Record<string, string> = { indicator: indicators[0]!.slug, ...queryOf(event.url, ['indicator', 'year']) };
  const [comparison, chart] = await Promise.all([
    api.compareAudits(query).catch((e) => loadFailure(event, e)),
    api.compareChart(query, event.locals.locale).catch((e) => loadFailure(event, e)),
  ]);
  return { indicators, comparison, chart, year: query.year ?? '' };
};
