import { redirect } from '@sveltejs/kit';
import { LOCALE_COOKIE, parseLocale } from '#lib/i18n/negotiate.ts';
import { createApi } from '#lib/server/api.ts';
import { safeNext } from '#lib/server/guards.ts';
import type { RequestHandler } from './$types';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** The language switcher: remembers the choice in a cookie and, when signed in, in the profile. */
export const POST: RequestHandler = async (event) => {
  const data = await event.request.formData();
  const locale = parseLocale(String(data.get('locale') ?? ''));
  if (locale) {
    event.cookies.set(LOCALE_COOKIE, locale, {
      path: '/',
      maxAge: ONE_YEAR,
      httpOnly: true,
      sameSite: 'lax',
      secure: event.url.protocol === 'https:',
    });
    if (event.locals.user) await createApi(event).updateLocale(locale);
  }
  redirect(303, safeNext(String(data.get('redirectTo') ?? '/')));
};
