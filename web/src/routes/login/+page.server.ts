import { type Locale, LoginInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { formatDate } from '#lib/i18n/format.ts';
import { translate } from '#lib/i18n/translate.ts';
import { ApiError, createApi } from '#lib/server/api.ts';
import { invalid, submitForm } from '#lib/server/forms.ts';
import { safeNext } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** What a suspended person reads at sign-in: until when (if a day was set) and why. */
function suspensionText(locale: Locale, details: Record<string, string>): string {
  const when = details.until ? translate(locale, 'login.suspendedUntil', { date: formatDate(locale, new Date(new Date(details.until).getTime() - 1).toISOString()) }) : translate(locale, 'login.suspendedIndefinitely');
  return details.reason ? `${when} ${translate(locale, 'login.suspendedReason', { reason: details.reason })}` : when;
}

export const load: PageServerLoad = ({ locals, url, platform }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  // Back from asking for the account's erasure: its date (a day, nothing else is read from the address).
  const erasure = /^\d{4}-\d{2}-\d{2}$/.exec(url.searchParams.get('erasure') ?? '')?.[0] ?? null;
  const sso = (['failed', 'unverified', 'domain', 'suspended', 'erasure'] as const).find((reason) => reason === url.searchParams.get('sso')) ?? null;
  return { next, asked: url.searchParams.has('next'), erasure, sso, ...createApi({ platform }).signInOptions() };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'login', fields: ['email', 'password'], schema: LoginInput }, async (input, values) => {
      try {
        await createApi(event).login(input);
      } catch (e) {
        if (!(e instanceof ApiError) || e.code !== 'account_suspended') throw e;
        return invalid('login', values, {}, suspensionText(event.locals.locale, e.details), 403);
      }
      redirect(303, safeNext(event.url.searchParams.get('next')));
    }),
};
