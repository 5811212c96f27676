import { INTERNAL_HEADERS, SESSION_COOKIE } from '@praxisnetz/shared';
import type { Handle, HandleFetch } from '@sveltejs/kit/hooks';
import { LOCALE_COOKIE, resolveLocale } from '#lib/i18n/negotiate.ts';
import { ApiError, createApi } from '#lib/server/api.ts';


export const handle: Handle = async ({ event, resolve }) => {
  event.locals.user = null;
  if (event.cookies.get(SESSION_COOKIE)) {
    try {
      event.locals.user = await createApi(event).me();
    } catch (e) {
      if (!(e instanceof ApiError && e.status === 401)) throw e;
    }
  }
  const locale = resolveLocale({
    userLocale: event.locals.user?.locale,
    cookie: event.cookies.get(LOCALE_COOKIE),
    acceptLanguage: event.request.headers.get('accept-language'),
  });
  event.locals.locale = locale;

  const response = await resolve(event, { transformPageChunk: ({ html }) => html.replace('%lang%', locale) });
  if (event.locals.user) response.headers.set('cache-control', 'private, no-store');
  response.headers.append('vary', 'cookie, accept-language');
  return response;
};

/**
 * Our own /api/* calls go straight to the API over loopback, carrying the browser's cookie and the
 * per-process key with which the API trusts the client address and origin we pass on.
 */
export const handleFetch: HandleFetch = async ({ event, request, fetch }) => {
  const url = new URL(request.url);
  const apiOrigin = event.request.headers.get(INTERNAL_HEADERS.apiOrigin);
  if (url.origin !== event.url.origin || !url.pathname.startsWith('/api/') || !apiOrigin) return fetch(request);

  const headers = new Headers({ [INTERNAL_HEADERS.origin]: event.url.origin });
  for (const name of ['accept', 'content-type']) {
    const value = request.headers.get(name);
    if (value) headers.set(name, value);
  }
  for (const name of ['cookie', 'accept-language', INTERNAL_HEADERS.key, INTERNAL_HEADERS.clientIp]) {
    const value = event.request.headers.get(name);
    if (value) headers.set(name, value);
  }
  const hasBody = request.method !== 'GET' && request.method !== 'HEAD';
  return globalThis.fetch(`${apiOrigin}${url.pathname}${url.search}`, {
    method: request.method,
    headers,
    body: hasBody ? await request.arrayBuffer() : undefined,
    redirect: 'manual',
  });
};
