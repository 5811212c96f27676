import { BIO_MAX, ChangeEmailInput, ChangePasswordInput, type NotificationSettingsInput, PASSWORD_MIN, UpdateProfileInput } from '@praxisnetz/shared';
import { isMember } from '#lib/roles.ts';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, succeeded, submitForm, validate } from '#lib/server/forms.ts';
import { rememberLocale } from '#lib/server/locale-cookie.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const member = isMember(event.locals.user);
  const [cities, notificationSettings, notices, profile, topics] = await Promise.all([
    api.cities(),
    member ? api.notificationSettings() : null,
    member ? api.moderationNotices() : null,
    member ? api.profile(event.locals.user!.id) : null,
    member ? api.topics() : [],
  ]);
  // A European network: its members' zones, and UTC.
  const timeZones = [...Intl.supportedValuesOf('timeZone').filter((zone) => zone.startsWith('Europe/')), 'UTC'];
  return { cities, notificationSettings, notices: notices?.items ?? [], profile, topics, timeZones, limits: { passwordMin: PASSWORD_MIN, bioMax: BIO_MAX } };
};

export const actions: Actions = {
  profile: (event) =>
    submitForm(
      event,
      { form: 'profile', fields: ['displayName', 'citySlug', 'bio', 'locale', 'timeZone'], schema: UpdateProfileInput },
      async (input) => {
        const user = await createApi(event).updateProfile(input);
        rememberLocale(event.cookies, event.url, user.locale);
        return succeeded('profile', translate(user.locale, 'me.profileSaved'));
      },
    ),

  /** Office, fields of expertise, languages spoken and whether members see the address. */
  expertise: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const values = { ...readForm(data, ['office', 'languages', 'showEmail']), expertise: data.getAll('expertise').map(String).join(',') };
    const input = validate(UpdateProfileInput.pick({ office: true, languages: true, expertise: true }), values, locale);
    if (!input.ok) return invalid('expertise', values, input.errors);
    try {
      await createApi(event).updateProfile({ ...input.data, showEmail: values.showEmail === 'on' });
      return succeeded('expertise', translate(locale, 'settings.saved'));
    } catch (e) {
      return apiFailure('expertise', values, e, locale);
    }
  },

  /** The table of kinds: one `kind.app` and one `kind.email` field per row; the API checks the values. */
  notifications: async (event) => {
    const { locale } = event.locals;
    const input: Record<string, Record<string, string>> = {};
    for (const [name, value] of await event.request.formData()) {
      const [kind, channel] = name.split('.');
      if (kind && (channel === 'app' || channel === 'email')) (input[kind] ??= {})[channel] = String(value);
    }
    try {
      await createApi(event).updateNotificationSettings(input as NotificationSettingsInput);
      return succeeded('notifications', translate(locale, 'settings.saved'));
    } catch (e) {
      return apiFailure('notifications', {}, e, locale);
    }
  },

  autoWatch: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['autoWatch']);
    try {
      await createApi(event).updateAutoWatch(values.autoWatch === 'on');
      return succeeded('autoWatch', translate(locale, 'settings.saved'));
    } catch (e) {
      return apiFailure('autoWatch', values, e, locale);
    }
  },

  email: (event) =>
    submitForm(event, { form: 'email', fields: ['email', 'password'], schema: ChangeEmailInput }, async (input) => {
      await createApi(event).changeEmail(input);
      return succeeded('email', translate(event.locals.locale, 'me.emailSent', { email: input.email }));
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
