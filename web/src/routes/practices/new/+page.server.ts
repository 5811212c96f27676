import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { requireMember } from '#lib/server/guards.ts';
import { submitPractice } from '#lib/network/practice-form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** A member writes a practice example: sent for review, or kept as a draft. */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const [topics, cities] = await Promise.all([api.topics(), api.cities()]);
  return { topics, cities };
};

export const actions: Actions = {
  default: (event) =>
    submitPractice(event, async (input) => {
      const practice = await createApi(event).createPractice(input);
      redirect(303, `/practices/${practice.id}`);
    }),
};
