import type { Locale } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** Safety audits in the pages' API (spread into createApi). */
export function auditsApi({ actor, services: s }: PageContext, { read, id }: { read: Call; id: (value: number) => number }) {
  return {
    indicators: () => read(() => s.audits.indicators()),
    audits: () => read(() => s.audits.list(actor)),
    audit: (auditId: number, query: Record<string, string> = {}) => read(() => s.audits.get(actor, id(auditId), query)),
    compareAudits: (query: Record<string, string>) => read(() => s.audits.compare(actor, query)),
    compareChart: (query: Record<string, string>, locale: Locale) => read(() => s.audits.compareChart(actor, query, locale)),
    auditDistricts: (auditId: number, query: Record<string, string>, locale: Locale) => read(() => s.audits.districts(actor, id(auditId), query, locale)),
  };
}
