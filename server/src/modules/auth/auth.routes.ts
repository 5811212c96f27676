import { Router } from 'express';
import { clientIp } from '../../http/request-context.ts';
import { clearSessionCookie, setSessionCookie } from '../../http/session-cookie.ts';
import type { AuthService } from './auth.service.ts';
import type { EmailConfirmation } from './email-confirmation.service.ts';
import type { PasswordReset } from './password-reset.service.ts';
import { idParam } from '../../http/params.ts';

export function authRoutes(auth: AuthService, reset: PasswordReset, confirmation: EmailConfirmation): Router {
  const r = Router();

  r.post('/auth/register', async (req, res) => {
    res.status(201).json({ user: await auth.register(req.body) });
  });

  r.post('/auth/login', async (req, res) => {
    const { user, token, expiresAt } = await auth.login(req.body, clientIp(req));
    setSessionCookie(req, res, token, expiresAt);
    res.json({ user });
  });

  r.post('/auth/logout', async (req, res) => {
    if (res.locals.sessionToken) await auth.logout(res.locals.sessionToken);
    clearSessionCookie(req, res);
    res.status(204).end();
  });

  // 202 whether or not an account has the address: the answer tells nobody who is registered.
  r.post('/auth/password-reset', async (req, res) => {
    await reset.request(req.body, clientIp(req));
    res.status(202).json({});
  });

  r.post('/auth/password-reset/confirm', async (req, res) => {
    const { user, token, expiresAt } = await reset.confirm(req.body);
    setSessionCookie(req, res, token, expiresAt);
    res.json({ user });
  });

  r.post('/users/:id/password-reset', async (req, res) => {
    await reset.sendFor(res.locals.actor, idParam(req.params.id, 'User'));
    res.status(202).json({});
  });

  r.post('/auth/confirm-email', async (req, res) => {
    res.json(await confirmation.confirm(req.body));
  });

  r.post('/me/email', async (req, res) => {
    await confirmation.requestChange(res.locals.actor, req.body);
    res.status(202).json({});
  });

  r.post('/auth/password', async (req, res) => {
    await auth.changePassword(res.locals.actor, res.locals.sessionToken ?? '', req.body);
    res.status(204).end();
  });

  return r;
}
