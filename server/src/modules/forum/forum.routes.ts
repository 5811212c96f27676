import { ChangesQuery, ThreadListQuery } from '@praxisnetz/shared';
import { Router } from 'express';
import { idParam, nameParam, queryString } from '../../http/params.ts';
import { parseInput } from '../../lib/validate.ts';
import type { ForumService } from './forum.service.ts';

export function forumRoutes(forum: ForumService): Router {
  const r = Router();

  r.get('/categories', async (_req, res) => {
    res.json({ items: await forum.listCategories() });
  });
  r.get('/categories/:slug/threads', async (req, res) => {
    const { topic } = parseInput(ThreadListQuery, req.query);
    res.json(await forum.listThreads(res.locals.actor, nameParam(req.params.slug, 'Category'), queryString(req.query.cursor), topic ?? undefined));
  });
  r.get('/topics/:slug/threads', async (req, res) => {
    res.json(await forum.listTopicThreads(res.locals.actor, nameParam(req.params.slug, 'Topic'), queryString(req.query.cursor)));
  });
  /** The newest activity the actor may read (`?scope=groups`: in their working groups' spaces). */
  r.get('/threads', async (req, res) => {
    const scope = queryString(req.query.scope) === 'groups' ? 'groups' : 'all';
    res.json(await forum.listLatest(res.locals.actor, scope, queryString(req.query.cursor)));
  });
  r.post('/threads', async (req, res) => {
    res.status(201).json({ thread: await forum.createThread(res.locals.actor, req.body) });
  });
  r.get('/threads/:id', async (req, res) => {
    const sort = queryString(req.query.sort) === 'helpful' ? 'helpful' : 'time';
    res.json(await forum.getThread(res.locals.actor, idParam(req.params.id, 'Thread'), queryString(req.query.cursor), sort));
  });
  r.get('/threads/:id/status', async (req, res) => {
    res.json({ thread: await forum.threadStatus(res.locals.actor, idParam(req.params.id, 'Thread')) });
  });
  r.get('/threads/:id/changes', async (req, res) => {
    const { after, since } = parseInput(ChangesQuery, req.query);
    const id = idParam(req.params.id, 'Thread');
    res.json({ items: after !== undefined ? await forum.changesAfter(res.locals.actor, id, after) : await forum.changesSince(res.locals.actor, id, new Date(since!)) });
  });
  r.post('/threads/:id/posts', async (req, res) => {
    res.status(201).json({ post: await forum.createPost(res.locals.actor, idParam(req.params.id, 'Thread'), req.body) });
  });
  r.patch('/posts/:id', async (req, res) => {
    res.json({ post: await forum.updatePost(res.locals.actor, idParam(req.params.id, 'Post'), req.body) });
  });
  r.delete('/posts/:id', async (req, res) => {
    await forum.deletePost(res.locals.actor, idParam(req.params.id, 'Post'));
    res.status(204).end();
  });
  r.get('/posts/:id/location', async (req, res) => {
    res.json(await forum.locatePost(res.locals.actor, idParam(req.params.id, 'Post')));
  });
  r.get('/posts/:id/revisions', async (req, res) => {
    res.json({ items: await forum.revisions(res.locals.actor, idParam(req.params.id, 'Post')) });
  });
  r.post('/markdown/preview', (req, res) => {
    res.json(forum.preview(res.locals.actor, req.body));
  });

  return r;
}
