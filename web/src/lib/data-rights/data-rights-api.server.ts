import type { ErasureInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The person's export and erasure, and the administrators' view of scheduled erasures (spread into createApi). */
export function dataRightsApi(context: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  const { actor, services: s } = context;
  return {
    erasurePolicy: () => s.dataRights.erasurePolicy,
    dataExport: () => read(() => s.dataRights.exportStatus(actor)),
    requestDataExport: () => write(() => s.dataRights.requestExport(actor)),
    /** Signed out here too: the service ended every session of the account. */
    requestErasure: (input: ErasureInput) =>
      write(async () => {
        const erasure = await s.dataRights.requestErasure(actor, input);
        context.endSession();
        return erasure;
      }),
    scheduledErasures: () => read(() => s.dataRights.scheduled(actor)),
    scheduleErasureFor: (userId: number) => write(() => s.dataRights.scheduleErasureFor(actor, id(userId))),
    stopErasure: (userId: number) => write(() => s.dataRights.stopErasure(actor, id(userId))),
  };
}
