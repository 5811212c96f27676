import { Router } from 'express';
import type { CurationService } from './curation.service.ts';

export function curationRoutes(curation: CurationService): Router {
  const r = Router();
  r.get('/practice', async (_req, res) => {
    res.json(await curation.practiceExamples(res.locals.actor));
  });
  return r;
}
