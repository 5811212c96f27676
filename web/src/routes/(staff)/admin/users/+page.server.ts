import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, readForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => ({ pending: await createApi(event).pendingUsers() });

export const actions: Actions = {
  approve: async (event) => {
    const values = readForm(await event.request.formData(), ['userId']);
    try {
      const user = await createApi(event).approveUser(Number(values.userId));
      return succeeded('approve', translate(event.locals.locale, 'approvals.approved', { name: user.displayName }));
    } catch (e) {
      return apiFailure('approve', values, e, event.locals.locale);
    }
  },
};
