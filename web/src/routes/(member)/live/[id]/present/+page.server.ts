import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const state = await createApi(event)
    .liveState(pathId(event))
    .catch((e) => loadFailure(event, e));
  // On a projector the site's header and footer only take room: the root layout leaves them out.
  return { state, bare: true };
};
