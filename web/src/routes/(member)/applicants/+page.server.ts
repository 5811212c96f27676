import { applicantActions } from '#lib/accounts/applicant-actions.server.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A city's coordinator (and the staff) approve the registrations they are responsible for. */
export const load: PageServerLoad = async (event) => {
  const pending = await createApi(event)
    .applicants()
    .catch((e) => loadFailure(event, e));
  return { pending };
};

export const actions: Actions = applicantActions;
