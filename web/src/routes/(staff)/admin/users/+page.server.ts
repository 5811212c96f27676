import { RejectInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, readForm, submitForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  const [pending, found] = await Promise.all([api.pendingUsers(), q ? api.findUsers(q) : null]);
  return { pending, q, found };
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

  sendReset: (event) =>
    withUser(event, 'sendReset', async ({ userId, name }) => {
      await createApi(event).sendPasswordReset(Number(userId));
      return translate(event.locals.locale, 'members.resetSent', { name });
    }),
};
