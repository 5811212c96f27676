import { Router } from 'express';
import { idParam, nameParam } from '../../http/params.ts';
import { clientIp } from '../../http/request-context.ts';
import type { ApplicationsService } from './applications.service.ts';

export function applicationsRoutes(applications: ApplicationsService): Router {
  const r = Router();
  r.post('/applications', async (req, res) => {
    await applications.apply(req.body, clientIp(req));
    res.status(201).json({ received: true });
  });
  r.get('/applications', async (_req, res) => {
    res.json({ items: await applications.list(res.locals.actor) });
  });
  r.post('/applications/:id/accept', async (req, res) => {
    res.json(await applications.accept(res.locals.actor, idParam(req.params.id, 'Application')));
  });
  r.post('/applications/:id/reject', async (req, res) => {
    res.json({ application: await applications.reject(res.locals.actor, idParam(req.params.id, 'Application'), req.body) });
  });
  r.delete('/applications/:id', async (req, res) => {
    await applications.remove(res.locals.actor, idParam(req.params.id, 'Application'));
    res.status(204).end();
  });
  r.get('/invitations/:token', async (req, res) => {
    res.json({ invitation: await applications.invitation(nameParam(req.params.token, 'Invitation')) });
  });
  return r;
}
