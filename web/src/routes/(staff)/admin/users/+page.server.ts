import { RejectInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, readForm, submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The list's filters, as the address gives them (empty ones left out). */
const FILTERS = ['q', 'status', 'role', 'city', 'seen', 'cursor'] as const;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const query = Object.fromEntries(FILTERS.flatMap((key) => (event.url.searchParams.get(key)?.trim() ? [[key, event.url.searchParams.get(key)!.trim()]] : [])));
  const [pending, accounts, cities] = await Promise.all([api.pendingUsers(), api.users(query).catch((e) => loadFailure(event, e)), api.cities()]);
  const { cursor: _, ...filters } = query;
  return { pending, accounts, filters, cities };
};

/** The person an action is about, by the id in its form (the name is for the confirmation). */
async function withUser(event: Parameters<Actions[string]>[0], form: string, run: (values: { userId: string; name: string }) => Promise<string>) {
  const values = readForm(await event.request.formData(), ['userId', 'name']);
  try {
    return succeeded(form, await run(values));
  } catch (e) {
    return apiFailure(form, values, e, event.locals.locale);
  }
}

export const actions: Actions = {
  approve: (event) =>
    withUser(event, 'approve', async ({ userId }) => {
      const user = await createApi(event).approveUser(Number(userId));
      return translate(event.locals.locale, 'approvals.approved', { name: user.displayName });
    }),

  reject: (event) =>
    submitForm(event, { form: 'reject', fields: ['userId', 'name', 'reason'], schema: RejectInput }, async (input, values) => {
      await createApi(event).rejectUser(Number(values.userId), input);
      return succeeded('reject', translate(event.locals.locale, 'approvals.rejected', { name: values.name }));
    }),
};
