import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/** The barrier reports of the accessibility statement, newest first (administrators). */
export const load: PageServerLoad = async (event) => ({
  reports: await createApi(event)
    .barrierReports()
    .catch((e) => loadFailure(event, e)),
});
