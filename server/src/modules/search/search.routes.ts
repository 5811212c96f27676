import { Router } from 'express';
import type { SearchService } from './search.service.ts';

export function searchRoutes(search: SearchService): Router {
  const r = Router();

  r.get('/search', async (req, res) => {
    res.json(await search.search(res.locals.actor, req.query));
  });
  r.get('/search/suggest', async (req, res) => {
    res.json({ items: await search.suggest(res.locals.actor, req.query) });
  });

  return r;
}
