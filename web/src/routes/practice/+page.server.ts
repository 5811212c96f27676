import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/** Open to everyone: visitors see the public documents among the examples, members the forum's too. */
export const load: PageServerLoad = async (event) => {
  const { items } = await createApi(event)
    .practiceExamples()
    .catch((e) => loadFailure(event, e));
  return { items };
};
