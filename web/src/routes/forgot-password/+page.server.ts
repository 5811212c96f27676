import { PasswordResetInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals }) => {
  if (locals.user) redirect(303, '/me');
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'forgot', fields: ['email'], schema: PasswordResetInput }, async (input, values) => {
      await createApi(event).requestPasswordReset(input);
      return succeeded('forgot', translate(event.locals.locale, 'forgot.sent'), values);
    }),
};
