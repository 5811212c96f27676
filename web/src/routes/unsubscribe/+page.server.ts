import { UnsubscribeInput, UnsubscribeKind } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/**
 * The unsubscribe link of a mail. Opening it changes nothing (mail scanners open links); the
 * button does, without signing in: the link's secret names the person.
 */
export const load: PageServerLoad = ({ url }) => {
  const kind = UnsubscribeKind.safeParse(url.searchParams.get('kind'));
  return { token: url.searchParams.get('token') ?? '', kind: kind.success ? kind.data : null };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'unsubscribe', fields: ['token', 'kind'], schema: UnsubscribeInput }, async (input, values) => {
      await createApi(event).unsubscribe(input);
      const locale = event.locals.locale;
      return succeeded('unsubscribe', translate(locale, 'unsubscribe.done', { label: translate(locale, `kind.${input.kind}`) }), values);
    }),
};
