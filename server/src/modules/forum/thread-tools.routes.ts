import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { ThreadMoves } from './thread-moves.service.ts';
import type { ThreadTools } from './thread-tools.service.ts';

/** The moderators' thread tools; each answers with the new state (`{thread}` status or `{post}`), or where the posts went. */
export function threadToolsRoutes(tools: ThreadTools, moves: ThreadMoves): Router {
  const r = Router();
  const thread = (req: { params: { id?: string } }) => idParam(req.params.id, 'Thread');
  const post = (req: { params: { id?: string } }) => idParam(req.params.id, 'Post');

  r.post('/threads/:id/lock', async (req, res) => {
    res.json({ thread: await tools.lock(res.locals.actor, thread(req), req.body) });
  });
  r.patch('/threads/:id', async (req, res) => {
    res.json({ thread: await tools.edit(res.locals.actor, thread(req), req.body) });
  });
  r.post('/threads/:id/unlock', async (req, res) => {
    res.json({ thread: await tools.unlock(res.locals.actor, thread(req)) });
  });
  r.post('/threads/:id/pin', async (req, res) => {
    res.json({ thread: await tools.pin(res.locals.actor, thread(req), req.body) });
  });
  r.post('/threads/:id/unpin', async (req, res) => {
    res.json({ thread: await tools.unpin(res.locals.actor, thread(req)) });
  });
  r.post('/posts/:id/hide', async (req, res) => {
    res.json({ post: await tools.hidePost(res.locals.actor, post(req), req.body) });
  });
  r.post('/posts/:id/unhide', async (req, res) => {
    res.json({ post: await tools.unhidePost(res.locals.actor, post(req)) });
  });
  r.post('/threads/:id/practice', async (req, res) => {
    res.json({ thread: await tools.setPractice(res.locals.actor, thread(req), req.body) });
  });
  r.delete('/threads/:id/practice', async (req, res) => {
    res.json({ thread: await tools.setPractice(res.locals.actor, thread(req), null) });
  });
  r.get('/threads/:id/move', async (req, res) => {
    res.json({ preview: await moves.previewMove(res.locals.actor, thread(req), req.query) });
  });
  r.post('/threads/:id/move', async (req, res) => {
    res.json({ thread: await moves.move(res.locals.actor, thread(req), req.body) });
  });
  r.post('/threads/:id/merge', async (req, res) => {
    res.json(await moves.merge(res.locals.actor, thread(req), req.body));
  });
  r.post('/threads/:id/split', async (req, res) => {
    res.status(201).json(await moves.split(res.locals.actor, thread(req), req.body));
  });
  return r;
}
