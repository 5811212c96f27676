import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const { items } = await createApi(event)
    .myFlags()
    .catch((e) => loadFailure(event, e));
  return { items };
};
