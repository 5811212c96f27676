import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { ProjectsService } from './projects.service.ts';

export function projectsRoutes(projects: ProjectsService): Router {
  const r = Router();
  r.get('/projects', async (req, res) => {
    res.json({ items: await projects.list(res.locals.actor, req.query) });
  });
  r.post('/projects', async (req, res) => {
    res.status(201).json({ project: await projects.propose(res.locals.actor, req.body) });
  });
  r.get('/projects/:id', async (req, res) => {
    res.json({ project: await projects.get(res.locals.actor, idParam(req.params.id, 'Project')) });
  });
  r.put('/projects/:id', async (req, res) => {
    res.json({ project: await projects.update(res.locals.actor, idParam(req.params.id, 'Project'), req.body) });
  });
  r.post('/projects/:id/publish', async (req, res) => {
    res.json({ project: await projects.publish(res.locals.actor, idParam(req.params.id, 'Project')) });
  });
  return r;
}
