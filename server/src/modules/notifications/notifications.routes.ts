import { Router } from 'express';
import { queryString } from '../../http/params.ts';
import type { NotificationsService } from './notifications.service.ts';

export function notificationsRoutes(notifications: NotificationsService): Router {
  const r = Router();
  r.get('/notifications', async (req, res) => {
    res.json(await notifications.list(res.locals.actor, queryString(req.query.cursor)));
  });
  r.get('/notifications/unread', async (_req, res) => {
    res.json({ unread: await notifications.unread(res.locals.actor) });
  });
  r.post('/notifications/read', async (req, res) => {
    res.json(await notifications.markRead(res.locals.actor, req.body));
  });
  r.get('/mentionable', async (req, res) => {
    res.json({ items: await notifications.mentionable(res.locals.actor, req.query) });
  });
  r.put('/watch', async (req, res) => {
    res.json(await notifications.watch(res.locals.actor, req.body));
  });
  return r;
}
