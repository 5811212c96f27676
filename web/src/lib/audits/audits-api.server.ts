import type { Locale } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** Safety audits in the pages' API (spread into createApi). */
export function auditsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    indicators: () => read(() => s.audits.indicators()),
    audits: (query: Record<string, string> = {}) => read(() => s.audits.list(actor, query)),
    audit: (auditId: number, query: Record<string, string> = {}) => read(() => s.audits.get(actor, id(auditId), query)),
    createAudit: (input: unknown) => write(() => s.audits.create(actor, input)),
    updateAudit: (auditId: number, input: unknown) => write(() => s.audits.update(actor, id(auditId), input)),
    deleteAudit: (auditId: number) => write(() => s.audits.remove(actor, id(auditId))),
    createIndicator: (input: unknown) => write(() => s.audits.createIndicator(actor, input)),
    stagedResults: (auditId: number, uploadId: number, mapping: Record<string, string> = {}) => read(() => s.audits.staged(actor, id(auditId), id(uploadId), mapping)),
    importStaged: (auditId: number, uploadId: number, mapping: Record<string, string>) => write(() => s.audits.importStaged(actor, id(auditId), id(uploadId), mapping)),
    compareAudits: (query: Record<string, string>) => read(() => s.audits.compare(actor, query)),
    compareChart: (query: Record<string, string>, locale: Locale) => read(() => s.audits.compareChart(actor, query, locale)),
    auditDistricts: (auditId: number, query: Record<string, string>, locale: Locale) => read(() => s.audits.districts(actor, id(auditId), query, locale)),
    auditBreakdowns: (auditId: number, query: Record<string, string>) => read(() => s.audits.breakdowns(actor, id(auditId), query)),
    auditTrend: (auditId: number, query: Record<string, string>, locale: Locale) => read(() => s.audits.trend(actor, id(auditId), query, locale)),
  };
}
