import { RejectInput } from '@praxisnetz/shared';
import type { RequestEvent } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, readForm, submitForm, succeeded } from '#lib/server/forms.ts';

/** Approving and turning down registrations: the staff's account page and a coordinator's applicants page. */
export const applicantActions = {
  approve: async (event: RequestEvent) => {
    const values = readForm(await event.request.formData(), ['userId']);
    try {
      const user = await createApi(event).approveUser(Number(values.userId));
      return succeeded('approve', translate(event.locals.locale, 'approvals.approved', { name: user.displayName }));
    } catch (e) {
      return apiFailure('approve', values, e, event.locals.locale);
    }
  },

  reject: (event: RequestEvent) =>
    submitForm(event, { form: 'reject', fields: ['userId', 'name', 'reason'], schema: RejectInput }, async (input, values) => {
      await createApi(event).rejectUser(Number(values.userId), input);
      return succeeded('reject', translate(event.locals.locale, 'approvals.rejected', { name: values.name }));
    }),
};
