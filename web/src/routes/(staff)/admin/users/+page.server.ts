import { createApi } from '#lib/server/api.ts';
import { applicantActions } from '#lib/accounts/applicant-actions.server.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { Actions, PageServerLoad } from './$types';

/** The list's filters, as the address gives them (empty ones left out). */
const FILTERS = ['q', 'status', 'role', 'city', 'seen', 'cursor'] as const;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const query = queryOf(event.url, FILTERS);
  const [pending, accounts, cities] = await Promise.all([api.pendingUsers(), api.users(query).catch((e) => loadFailure(event, e)), api.cities()]);
  const { cursor: _, ...filters } = query;
  return { pending, accounts, filters, cities };
};

export const actions: Actions = applicantActions;
