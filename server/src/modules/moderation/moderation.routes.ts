import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { ModerationService } from './moderation.service.ts';

export function moderationRoutes(moderation: ModerationService): Router {
  const r = Router();
  r.get('/moderation/log', async (req, res) => {
    res.json(await moderation.log(res.locals.actor, req.query));
  });
  r.get('/moderation/log.csv', async (req, res) => {
    const csv = await moderation.csv(res.locals.actor, req.query);
    res.type('text/csv; charset=utf-8').attachment('moderation-log.csv').send(`\uFEFF${csv}`);
  });
  r.get('/me/moderation', async (_req, res) => {
    res.json(await moderation.notices(res.locals.actor));
  });
  r.get('/users/:id/record', async (req, res) => {
    res.json(await moderation.account(res.locals.actor, idParam(req.params.id, 'User')));
  });
  r.post('/moderation/log/:id/undo', async (req, res) => {
    res.json({ entry: await moderation.undo(res.locals.actor, idParam(req.params.id, 'Log entry')) });
  });
  return r;
}
