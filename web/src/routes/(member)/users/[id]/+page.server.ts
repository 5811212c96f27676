import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({
  profile: await createApi(event)
    .profile(pathId(event))
    .catch((e) => loadFailure(event, e)),
});
