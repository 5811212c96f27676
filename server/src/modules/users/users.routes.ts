import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { MembersService } from './members.service.ts';
import type { UsersService } from './users.service.ts';

export function usersRoutes(users: UsersService, members: MembersService): Router {
  const r = Router();
  r.get('/me', (_req, res) => {
    res.json({ user: users.me(res.locals.actor) });
  });
  r.patch('/me', async (req, res) => {
    res.json({ user: await users.updateProfile(res.locals.actor, req.body) });
  });
  r.put('/me/auto-watch', async (req, res) => {
    res.json({ user: await users.updateAutoWatch(res.locals.actor, req.body) });
  });
  r.put('/me/locale', async (req, res) => {
    res.json({ user: await users.updateLocale(res.locals.actor, req.body) });
  });
  r.get('/users', async (req, res) => {
    res.json(await users.list(res.locals.actor, req.query));
  });
  r.get('/users/applicants', async (_req, res) => {
    res.json({ items: await users.applicants(res.locals.actor) });
  });
  r.get('/users/:id', async (req, res) => {
    res.json({ user: await members.profile(res.locals.actor, idParam(req.params.id, 'User')) });
  });
  r.get('/members', async (req, res) => {
    res.json(await members.list(res.locals.actor, req.query));
  });
  r.post('/users/:id/approve', async (req, res) => {
    res.json({ user: await users.approve(res.locals.actor, idParam(req.params.id, 'User')) });
  });
  r.post('/users/:id/reject', async (req, res) => {
    await users.reject(res.locals.actor, idParam(req.params.id, 'User'), req.body);
    res.status(204).end();
  });
  r.post('/users/:id/suspend', async (req, res) => {
    res.json({ user: await users.suspend(res.locals.actor, idParam(req.params.id, 'User'), req.body) });
  });
  r.delete('/users/:id/sessions', async (req, res) => {
    await users.endSessions(res.locals.actor, idParam(req.params.id, 'User'));
    res.status(204).end();
  });
  r.post('/users/:id/reinstate', async (req, res) => {
    res.json({ user: await users.reinstate(res.locals.actor, idParam(req.params.id, 'User')) });
  });
  r.put('/users/:id/role', async (req, res) => {
    res.json({ user: await users.setRole(res.locals.actor, idParam(req.params.id, 'User'), req.body) });
  });
  return r;
}
