import { Role, SuspendInput } from '@praxisnetz/shared';
import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** An empty day field suspends until further notice. */
const SuspendForm = z.object({ reason: SuspendInput.shape.reason, until: z.string().transform((d) => d || undefined) });

export const load: PageServerLoad = async (event) => {
  const record = await createApi(event)
    .accountRecord(pathId(event))
    .catch((e) => loadFailure(event, e));
  return { record };
};

export const actions: Actions = {
  suspend: (event) =>
    submitForm(event, { form: 'suspend', fields: ['reason', 'until'], schema: SuspendForm }, async (input, values) => {
      await createApi(event).suspendUser(pathId(event), input);
      return succeeded('suspend', translate(event.locals.locale, 'people.suspended'), values);
    }),
  reinstate: (event) =>
    submitForm(event, { form: 'reinstate', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).reinstateUser(pathId(event));
      return succeeded('reinstate', translate(event.locals.locale, 'people.reinstated'));
    }),
  role: (event) =>
    submitForm(event, { form: 'role', fields: ['role'], schema: z.object({ role: Role }) }, async ({ role }, values) => {
      await createApi(event).setRole(pathId(event), role);
      return succeeded('role', translate(event.locals.locale, 'people.roleSet'), values);
    }),
  sendReset: (event) =>
    submitForm(event, { form: 'sendReset', fields: [], schema: z.object({}) }, async () => {
      const api = createApi(event);
      const { user } = await api.accountRecord(pathId(event));
      await api.sendPasswordReset(user.id);
      return succeeded('sendReset', translate(event.locals.locale, 'members.resetSent', { name: user.displayName }));
    }),
};
