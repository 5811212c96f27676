import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { GroupsService } from './groups.service.ts';

export function groupsRoutes(groups: GroupsService): Router {
  const r = Router();
  const groupId = (value: string | string[] | undefined) => idParam(value, 'Group');
  const userId = (value: string | string[] | undefined) => idParam(value, 'Member');

  r.get('/groups', async (_req, res) => {
    res.json({ items: await groups.list(res.locals.actor) });
  });
  r.post('/groups', async (req, res) => {
    res.status(201).json({ group: await groups.create(res.locals.actor, req.body) });
  });
  r.get('/groups/:id', async (req, res) => {
    res.json({ group: await groups.get(res.locals.actor, groupId(req.params.id)) });
  });
  r.patch('/groups/:id', async (req, res) => {
    res.json({ group: await groups.update(res.locals.actor, groupId(req.params.id), req.body) });
  });
  r.post('/groups/:id/join', async (req, res) => {
    res.json({ membership: await groups.join(res.locals.actor, groupId(req.params.id)) });
  });
  r.post('/groups/:id/leave', async (req, res) => {
    await groups.leave(res.locals.actor, groupId(req.params.id));
    res.status(204).end();
  });
  r.post('/groups/:id/members', async (req, res) => {
    const invited = await groups.invite(res.locals.actor, groupId(req.params.id), req.body);
    res.status('member' in invited ? 201 : 202).json(invited);
  });
  r.post('/groups/:id/members/:userId/approve', async (req, res) => {
    res.json({ member: await groups.approve(res.locals.actor, groupId(req.params.id), userId(req.params.userId)) });
  });
  r.put('/groups/:id/members/:userId/role', async (req, res) => {
    res.json({ member: await groups.setRole(res.locals.actor, groupId(req.params.id), userId(req.params.userId), req.body) });
  });
  r.delete('/groups/:id/members/:userId', async (req, res) => {
    await groups.remove(res.locals.actor, groupId(req.params.id), userId(req.params.userId));
    res.status(204).end();
  });

  return r;
}
