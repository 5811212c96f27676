import { Router } from 'express';
import { queryString } from '../../http/params.ts';
import type { MailService } from './mail.service.ts';

export function mailRoutes(mail: MailService): Router {
  const r = Router();
  r.get('/admin/outbox', async (req, res) => {
    res.json(await mail.outbox(res.locals.actor, queryString(req.query.cursor)));
  });
  r.get('/me/notification-settings', async (_req, res) => {
    res.json(await mail.settings(res.locals.actor));
  });
  r.put('/me/notification-settings', async (req, res) => {
    res.json(await mail.updateSettings(res.locals.actor, req.body));
  });
  // One-click unsubscribe (RFC 8058): the mail provider POSTs here, without a session.
  r.post('/unsubscribe', async (req, res) => {
    const { kind } = await mail.unsubscribe({ token: queryString(req.query.token), kind: queryString(req.query.kind) });
    res.json({ kind, email: 'off' });
  });
  return r;
}
