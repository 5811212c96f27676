import { isStaff } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const groups = await createApi(event)
    .groups()
    .catch((e) => loadFailure(event, e));
  return {
    mine: groups.filter((g) => g.myMembership?.status === 'active'),
    others: groups.filter((g) => g.myMembership?.status !== 'active'),
    canCreate: isStaff(event.locals.user),
  };
};
