import { BIO_MAX, ChangePasswordInput, PASSWORD_MIN, UpdateProfileInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, succeeded, validate } from '#lib/server/forms.ts';
import { rememberLocale } from '#lib/server/locale-cookie.ts';
import type { Actions, PageServerLoad } from './$types';


export const load: PageServerLoad = async (event) => ({
  cities: await createApi(event).cities(),
  limits: { passwordMin: PASSWORD_MIN, bioMax: BIO_MAX },
});

export const actions: Actions = {
  profile: async (event) => {
    const values = readForm(await event.request.formData(), ['displayName', 'citySlug', 'bio', 'locale']);
    const input = validate(UpdateProfileInput, values, event.locals.locale);
    if (!input.ok) return invalid('profile', values, input.errors);
    try {
      const user = await createApi(event).updateProfile(input.data);
      rememberLocale(event.cookies, event.url, user.locale);
      return succeeded('profile', translate(user.locale, 'me.profileSaved'));
    } catch (e) {
      return apiFailure('profile', values, e, event.locals.locale);
    }
  },

  password: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['currentPassword', 'newPassword']);
    const input = validate(ChangePasswordInput, values, locale);
    if (!input.ok) return invalid('password', values, input.errors);
    try {
      await createApi(event).changePassword(input.data);
      return succeeded('password', translate(locale, 'me.passwordSaved'));
    } catch (e) {
      return apiFailure('password', values, e, locale);
    }
  },
};
