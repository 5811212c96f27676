import { PASSWORD_MIN, RegisterInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) redirect(303, '/');
  return { cities: await createApi(event).cities(), passwordMin: PASSWORD_MIN };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(
      event,
      { form: 'register', fields: ['email', 'displayName', 'citySlug', 'password'], schema: RegisterInput },
      async (input) => {
        // Mails to the new account (the confirmation link first) speak the page's language.
        const user = await createApi(event).register({ ...input, locale: event.locals.locale });
        return succeeded('register', translate(event.locals.locale, 'register.doneText', { email: user.email }));
      },
    ),
};
