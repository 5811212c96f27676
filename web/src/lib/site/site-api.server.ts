import type { BarrierReportInput, Locale, SitePageInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The network office's pages and the barrier reports, in the pages' API (spread into createApi). */
export function siteApi({ actor, services: s }: PageContext, { read, write }: { read: Call; write: Call }) {
  return {
    sitePage: (slug: string, locale: Locale) => read(() => s.site.get(actor, slug, locale)),
    saveSitePage: (slug: string, input: SitePageInput) => write(() => s.site.save(actor, slug, input)),
    reportBarrier: (input: BarrierReportInput) => write(() => s.site.report(actor, input)),
    barrierReports: () => read(() => s.site.reports(actor)),
  };
}
