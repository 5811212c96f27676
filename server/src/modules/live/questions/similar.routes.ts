import { Router } from 'express';
import { idParam } from '../../../http/params.ts';
import type { SimilarService } from './similar.service.ts';

export function similarRoutes(similar: SimilarService): Router {
  const r = Router();
  r.get('/sessions/:id/similar', async (req, res) => {
    res.json(await similar.similar(res.locals.actor, idParam(req.params.id, 'Session'), req.query));
  });
  return r;
}
