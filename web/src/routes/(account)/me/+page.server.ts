import { BIO_MAX, ChangePasswordInput, PASSWORD_MIN, UpdateProfileInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import { rememberLocale } from '#lib/server/locale-cookie.ts';
import type { Actions, PageServerLoad } from './$types';


export const load: PageServerLoad = async (event) => ({
  cities: await createApi(event).cities(),
  limits: { passwordMin: PASSWORD_MIN, bioMax: BIO_MAX },
});

export const actions: Actions = {
  profile: (event) =>
    submitForm(
      event,
      { form: 'profile', fields: ['displayName', 'citySlug', 'bio', 'locale'], schema: UpdateProfileInput },
      async (input) => {
        const user = await createApi(event).updateProfile(input);
        rememberLocale(event.cookies, event.url, user.locale);
        return succeeded('profile', translate(user.locale, 'me.profileSaved'));
      },
    ),

  password: (event) =>
    submitForm(
      event,
      { form: 'password', fields: ['currentPassword', 'newPassword'], schema: ChangePasswordInput },
      async (input) => {
        await createApi(event).changePassword(input);
        return succeeded('password', translate(event.locals.locale, 'me.passwordSaved'));
      },
    ),
};
