import { redirect } from '@sveltejs/kit';
import { parseLocale } from '#lib/i18n/negotiate.ts';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { safeNext } from '#lib/server/guards.ts';
import { rememberLocale } from '#lib/server/locale-cookie.ts';
import type { RequestHandler } from './$types';

/** The language switcher: remembers the choice in a cookie and, when signed in, in the profile. */
export const POST: RequestHandler = async (event) => {
  const data = await event.request.formData();
  const locale = parseLocale(String(data.get('locale') ?? ''));
  if (locale) {
    rememberLocale(event.cookies, event.url, locale);
    // A refused profile update (e.g. an expired session) still leaves the cookie choice in place.
    if (event.locals.user) await createApi(event).updateLocale(locale).catch(ignoreApiRefusal);
  }
  redirect(303, safeNext(String(data.get('redirectTo') ?? '/')));
};
