import { PASSWORD_MIN, RegisterInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, succeeded, validate } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  if (event.locals.user) redirect(303, '/');
  return { cities: await createApi(event).cities(), passwordMin: PASSWORD_MIN };
};

export const actions: Actions = {
  default: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['email', 'displayName', 'citySlug', 'password']);
    const input = validate(RegisterInput, values, locale);
    if (!input.ok) return invalid('register', values, input.errors);
    try {
      const user = await createApi(event).register(input.data);
      return succeeded('register', translate(locale, 'register.doneText', { email: user.email }));
    } catch (e) {
      return apiFailure('register', values, e, locale);
    }
  },
};
