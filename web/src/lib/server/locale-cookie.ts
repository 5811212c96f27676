import type { Locale } from '@praxisnetz/shared';
import type { Cookies } from '@sveltejs/kit';
import { LOCALE_COOKIE } from '#lib/i18n/negotiate.ts';

const ONE_YEAR = 60 * 60 * 24 * 365;

/** Keeps the chosen UI language for visitors and after signing out. */
export function rememberLocale(cookies: Cookies, url: URL, locale: Locale): void {
  cookies.set(LOCALE_COOKIE, locale, {
    path: '/',
    maxAge: ONE_YEAR,
    httpOnly: true,
    sameSite: 'lax',
    secure: url.protocol === 'https:',
  });
}
