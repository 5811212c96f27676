import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import { clearSessionCookie } from '../../http/session-cookie.ts';
import type { DataRights } from './data-rights.service.ts';

export function dataRightsRoutes(rights: DataRights): Router {
  const r = Router();
  r.post('/me/export', async (_req, res) => {
    res.status(202).json({ export: await rights.requestExport(res.locals.actor) });
  });
  r.get('/me/export', async (_req, res) => {
    res.json({ export: await rights.exportStatus(res.locals.actor) });
  });
  r.get('/me/export/download', async (_req, res) => {
    const file = await rights.exportFile(res.locals.actor);
    res.attachment(file.filename);
    res.set({ 'Content-Type': 'application/zip', 'X-Content-Type-Options': 'nosniff', 'Cache-Control': 'private, no-store' });
    await new Promise<void>((resolve, reject) => res.sendFile(file.path, { dotfiles: 'allow' }, (err) => (err && !res.headersSent ? reject(err) : resolve())));
  });
  // The account is scheduled for erasure and signed out everywhere, this browser too.
  r.delete('/me', async (req, res) => {
    const erasure = await rights.requestErasure(res.locals.actor, req.body);
    clearSessionCookie(req, res);
    res.status(202).json({ erasure });
  });
  r.get('/admin/erasures', async (_req, res) => {
    res.json({ items: await rights.scheduled(res.locals.actor) });
  });
  r.post('/users/:id/erasure', async (req, res) => {
    res.status(202).json({ erasure: await rights.scheduleErasureFor(res.locals.actor, idParam(req.params.id, 'User')) });
  });
  r.delete('/users/:id/erasure', async (req, res) => {
    await rights.stopErasure(res.locals.actor, idParam(req.params.id, 'User'));
    res.status(204).end();
  });
  return r;
}
