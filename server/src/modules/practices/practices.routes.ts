import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { PracticesService } from './practices.service.ts';

export function practicesRoutes(practices: PracticesService): Router {
  const r = Router();
  r.get('/practices', async (req, res) => {
    res.json({ items: await practices.list(res.locals.actor, req.query) });
  });
  r.post('/practices', async (req, res) => {
    res.status(201).json({ practice: await practices.create(res.locals.actor, req.body) });
  });
  r.get('/practices/:id', async (req, res) => {
    res.json({ practice: await practices.get(res.locals.actor, idParam(req.params.id, 'Practice example')) });
  });
  r.put('/practices/:id', async (req, res) => {
    res.json({ practice: await practices.update(res.locals.actor, idParam(req.params.id, 'Practice example'), req.body) });
  });
  r.post('/practices/:id/reviews', async (req, res) => {
    res.status(201).json({ practice: await practices.review(res.locals.actor, idParam(req.params.id, 'Practice example'), req.body) });
  });
  r.post('/practices/:id/publish', async (req, res) => {
    res.json({ practice: await practices.publish(res.locals.actor, idParam(req.params.id, 'Practice example')) });
  });
  return r;
}
