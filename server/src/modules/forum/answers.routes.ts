import { Router } from 'express';
import { idParam, queryString } from '../../http/params.ts';
import type { Answers } from './answers.service.ts';
import type { Bookmarks } from './bookmarks.service.ts';
import type { Drafts } from './drafts.service.ts';
import type { ForumService } from './forum.service.ts';

/** The question-and-answer loop: accepted answers, helpful marks, open questions, reading, drafts and bookmarks. */
export function answersRoutes(forum: ForumService, answers: Answers, drafts: Drafts, bookmarks: Bookmarks): Router {
  const r = Router();
  const post = (req: { params: { id?: string } }) => idParam(req.params.id, 'Post');
  const draftKey = (req: { params: { key?: string } }) => queryString(req.params.key) ?? '';

  r.get('/questions', async (req, res) => {
    res.json(await forum.listQuestions(res.locals.actor, req.query));
  });
  r.post('/posts/:id/accept', async (req, res) => {
    res.json({ thread: await answers.accept(res.locals.actor, post(req), req.body) });
  });
  r.delete('/posts/:id/accept', async (req, res) => {
    res.json({ thread: await answers.unaccept(res.locals.actor, post(req)) });
  });
  r.post('/posts/:id/helpful', async (req, res) => {
    res.json(await answers.markHelpful(res.locals.actor, post(req)));
  });
  r.delete('/posts/:id/helpful', async (req, res) => {
    res.json(await answers.unmarkHelpful(res.locals.actor, post(req)));
  });
  r.post('/threads/read-all', async (_req, res) => {
    await forum.markAllRead(res.locals.actor);
    res.status(204).end();
  });
  r.get('/drafts/:key', async (req, res) => {
    res.json({ draft: await drafts.get(res.locals.actor, draftKey(req)) });
  });
  r.put('/drafts/:key', async (req, res) => {
    res.json({ draft: await drafts.save(res.locals.actor, draftKey(req), req.body) });
  });
  r.delete('/drafts/:key', async (req, res) => {
    await drafts.remove(res.locals.actor, draftKey(req));
    res.status(204).end();
  });
  r.get('/me/bookmarks', async (_req, res) => {
    res.json({ items: await bookmarks.list(res.locals.actor) });
  });
  r.put('/posts/:id/bookmark', async (req, res) => {
    await bookmarks.save(res.locals.actor, post(req), req.body);
    res.status(204).end();
  });
  r.delete('/posts/:id/bookmark', async (req, res) => {
    await bookmarks.remove(res.locals.actor, post(req));
    res.status(204).end();
  });
  return r;
}
