import { PASSWORD_MIN, RegisterInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { invalid, succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * Registration shows the privacy notice and records the version accepted (the German text's, which
 * is binding). With an accepted city's invitation (`?invitation=`) the contact registers as its
 * first member.
 */
export const load: PageServerLoad = async (event) => {
  if (event.locals.user) redirect(303, '/');
  const api = createApi(event);
  const token = event.url.searchParams.get('invitation');
  const [cities, notice, binding, invitation] = await Promise.all([
    api.cities(),
    api.sitePage('datenschutz', event.locals.locale),
    api.sitePage('datenschutz', 'de'),
    token ? api.invitation(token).catch((e) => ignoreApiRefusal(e)) : undefined,
  ]);
  return { ...api.signInOptions(), cities, passwordMin: PASSWORD_MIN, notice, privacyVersion: binding.version, invitation: invitation ? { ...invitation, token: token! } : null, invitationInvalid: !!token && !invitation };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(
      event,
      { form: 'register', fields: ['email', 'displayName', 'citySlug', 'password', 'privacyVersion', 'privacyAccepted', 'invitation'], schema: RegisterInput },
      async (input, values) => {
        const { locale } = event.locals;
        if (values.privacyAccepted !== 'on') return invalid('register', values, { privacyAccepted: translate(locale, 'register.privacyRequired') });
        // Mails to the new account (the confirmation link first) speak the page's language.
        const user = await createApi(event).register({ ...input, locale });
        return succeeded('register', user.status === 'active' ? translate(locale, 'register.invitedDone', { city: user.city?.name ?? '' }) : translate(locale, 'register.doneText', { email: user.email }));
      },
    ),
};
