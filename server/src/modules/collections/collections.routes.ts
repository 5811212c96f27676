import { Router } from 'express';
import { idParam, nameParam } from '../../http/params.ts';
import type { CollectionsService } from './collections.service.ts';

export function collectionsRoutes(collections: CollectionsService): Router {
  const r = Router();
  const slugOf = (v: string | string[] | undefined) => nameParam(v, 'Collection');
  r.get('/collections', async (req, res) => {
    res.json(await collections.list(res.locals.actor, req.query));
  });
  r.post('/collections', async (req, res) => {
    res.status(201).json({ collection: await collections.create(res.locals.actor, req.body) });
  });
  r.get('/collections/:slug', async (req, res) => {
    res.json({ collection: await collections.get(res.locals.actor, slugOf(req.params.slug)) });
  });
  r.patch('/collections/:slug', async (req, res) => {
    res.json({ collection: await collections.update(res.locals.actor, slugOf(req.params.slug), req.body) });
  });
  r.delete('/collections/:slug', async (req, res) => {
    await collections.remove(res.locals.actor, slugOf(req.params.slug));
    res.status(204).end();
  });
  r.post('/collections/:slug/entries', async (req, res) => {
    res.status(201).json({ collection: await collections.addEntry(res.locals.actor, slugOf(req.params.slug), req.body) });
  });
  r.patch('/collections/:slug/entries/:id', async (req, res) => {
    res.json({ collection: await collections.updateEntry(res.locals.actor, slugOf(req.params.slug), idParam(req.params.id, 'Entry'), req.body) });
  });
  r.delete('/collections/:slug/entries/:id', async (req, res) => {
    res.json({ collection: await collections.removeEntry(res.locals.actor, slugOf(req.params.slug), idParam(req.params.id, 'Entry')) });
  });
  return r;
}
