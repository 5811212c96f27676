import { Router } from 'express';
import { nameParam } from '../../http/params.ts';
import type { TopicsService } from './topics.service.ts';

export function topicsRoutes(topics: TopicsService): Router {
  const r = Router();
  r.get('/topics', async (_req, res) => {
    res.json({ items: await topics.list() });
  });
  r.post('/topics', async (req, res) => {
    res.status(201).json({ topic: await topics.create(res.locals.actor, req.body) });
  });
  r.patch('/topics/:slug', async (req, res) => {
    res.json({ topic: await topics.update(res.locals.actor, nameParam(req.params.slug, 'Topic'), req.body) });
  });
  r.delete('/topics/:slug', async (req, res) => {
    await topics.remove(res.locals.actor, nameParam(req.params.slug, 'Topic'));
    res.status(204).end();
  });
  return r;
}
