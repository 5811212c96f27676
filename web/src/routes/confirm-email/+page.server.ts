import { ConfirmEmailInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The link mailed to confirm an address. Opening it changes nothing (mail scanners open links);
 * the button confirms, signed in or not: the link's secret names the account.
 */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token') ?? '';
  return { token, valid: await createApi(event).confirmEmailValid(token) };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'confirm', fields: ['token'], schema: ConfirmEmailInput }, async (input) => {
      const { email, changed } = await createApi(event).confirmEmail(input);
      return succeeded('confirm', translate(event.locals.locale, changed ? 'confirm.doneChanged' : 'confirm.done', { email }));
    }),
};
