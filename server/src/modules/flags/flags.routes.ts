import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { FlagsService } from './flags.service.ts';

export function flagsRoutes(flags: FlagsService): Router {
  const r = Router();
  r.post('/flags', async (req, res) => {
    res.status(201).json({ flag: await flags.flag(res.locals.actor, req.body) });
  });
  r.get('/flags', async (req, res) => {
    res.json(await flags.queue(res.locals.actor, req.query));
  });
  r.get('/flags/count', async (_req, res) => {
    res.json({ open: await flags.openCount(res.locals.actor) });
  });
  r.post('/flags/:id/resolve', async (req, res) => {
    res.json(await flags.resolve(res.locals.actor, idParam(req.params.id, 'Flag'), req.body));
  });
  r.get('/me/flags', async (_req, res) => {
    res.json(await flags.mine(res.locals.actor));
  });
  return r;
}
