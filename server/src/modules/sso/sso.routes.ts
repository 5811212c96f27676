import express, { Router } from 'express';
import { parseCookie, stringifySetCookie } from 'cookie';
import { nameParam } from '../../http/params.ts';
import { publicOrigin } from '../../http/request-context.ts';
import { setSessionCookie } from '../../http/session-cookie.ts';
import { logError } from '../../lib/log.ts';
import { type Sso, SsoRefusal } from './sso.service.ts';

/** Ties a sign-in's callback to the browser that started it (login CSRF): only this path, ten minutes. */
const BROWSER_COOKIE = 'pn_oidc';

/** Only paths of this site are a target after signing in. */
function safeReturn(next: unknown): string {
  if (typeof next !== 'string' || !next.startsWith('/') || next.startsWith('//') || next.includes('\\')) return '/';
  return next;
}

/** /auth/oidc: start a sign-in, the provider's callback, and its back-channel logout. Browsers are always answered with a redirect. */
export function ssoRoutes(sso: Sso): Router {
  const r = Router();
  const browserCookie = (req: express.Request, value: string, maxAge: number) =>
    stringifySetCookie({ name: BROWSER_COOKIE, value, httpOnly: true, sameSite: 'lax', secure: publicOrigin(req).startsWith('https:'), path: '/auth/oidc', maxAge });
  const refused = (res: express.Response, err: unknown) => {
    if (!(err instanceof SsoRefusal)) logError('single sign-on', err, res.locals.requestId as string);
    res.redirect(303, `/login?sso=${err instanceof SsoRefusal ? err.reason : 'failed'}`);
  };

  r.get('/:id', async (req, res) => {
    try {
      const { url, browserToken } = await sso.start(nameParam(req.params.id, 'Provider'), safeReturn(req.query.next));
      res.append('Set-Cookie', browserCookie(req, browserToken, 600));
      res.redirect(303, url.href);
    } catch (err) {
      refused(res, err);
    }
  });

  r.get('/:provider/callback', async (req, res) => {
    const browserToken = parseCookie(req.get('cookie') ?? '')[BROWSER_COOKIE];
    res.append('Set-Cookie', browserCookie(req, '', 0));
    try {
      const url = new URL(req.originalUrl, 'http://callback.invalid');
      const { token, expiresAt, returnTo } = await sso.finish(nameParam(req.params.provider, 'Provider'), url, browserToken);
      setSessionCookie(req, res, token, expiresAt);
      res.redirect(303, returnTo);
    } catch (err) {
      refused(res, err);
    }
  });

  // Server to server: the provider posts a logout token (form-encoded).
  r.post('/:provider/backchannel-logout', express.urlencoded({ extended: false, limit: '16kb' }), async (req, res) => {
    res.set('Cache-Control', 'no-store');
    const token = (req.body as Record<string, unknown> | undefined)?.logout_token;
    if (typeof token !== 'string') return void res.status(400).json({ error: 'invalid_request' });
    try {
      await sso.backchannelLogout(nameParam(req.params.provider, 'Provider'), token);
      res.status(200).end();
    } catch (err) {
      if (!(err instanceof SsoRefusal)) logError('back-channel logout', err, res.locals.requestId as string);
      res.status(400).json({ error: 'invalid_request' });
    }
  });
  return r;
}
