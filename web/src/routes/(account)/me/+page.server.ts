import { BIO_MAX, ChangePasswordInput, EmailSettings, MailKind, PASSWORD_MIN, UpdateProfileInput } from '@praxisnetz/shared';
import { isMember } from '#lib/roles.ts';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import { rememberLocale } from '#lib/server/locale-cookie.ts';
import type { Actions, PageServerLoad } from './$types';


export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [cities, emailSettings] = await Promise.all([api.cities(), isMember(event.locals.user) ? api.emailSettings() : null]);
  return { cities, emailSettings, limits: { passwordMin: PASSWORD_MIN, bioMax: BIO_MAX } };
};

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

  email: (event) =>
    submitForm(event, { form: 'email', fields: MailKind.options, schema: EmailSettings }, async (input) => {
      await createApi(event).updateEmailSettings(input);
      return succeeded('email', translate(event.locals.locale, 'emailSettings.saved'));
    }),

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
