import type { Handle, HandleServerError } from '@sveltejs/kit/hooks';
import { LOCALE_COOKIE, resolveLocale } from '#lib/i18n/negotiate.ts';
import { pageContext } from '#lib/server/page-context.ts';

/** The actor comes from Express, which resolved the session once for this request. */
export const handle: Handle = async ({ event, resolve }) => {
  const context = pageContext(event);
  event.locals.user = context.actor ? context.services.users.me(context.actor) : null;
  const locale = resolveLocale({
    userLocale: event.locals.user?.locale,
    cookie: event.cookies.get(LOCALE_COOKIE),
    acceptLanguage: event.request.headers.get('accept-language'),
  });
  event.locals.locale = locale;

  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
  // Session renewal, login and logout: the cookies the server set go out with the page.
  for (const cookie of context.cookies) response.headers.append('set-cookie', cookie);
  if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
  // Signing out of a session begun at a provider continues at its end-session page: the logout form may lead there.
  const csp = response.headers.get('content-security-policy');
  const providers = context.services.sso.signOutOrigins();
  if (csp && providers.length > 0) response.headers.set('content-security-policy', csp.replace("form-action 'self'", `form-action 'self' ${providers.join(' ')}`));
  response.headers.append('vary', 'cookie, accept-language');
  return response;
};

/** Unexpected failures are logged the server's way: without user content, with the request id. */
export const handleError: HandleServerError = (caught) => {
  if (caught.kind !== 'unknown') return;
  const context = caught.event.platform?.req.praxisnetz;
  if (context) context.logError(caught.error);
  else console.error(caught.error);
  return { message: 'internal', code: 'internal' };
};
