import { Router } from 'express';
import { idParam } from '../../http/params.ts';
import type { LiveService } from './live.service.ts';

export function liveRoutes(live: LiveService): Router {
  const r = Router();
  const session = (id: string | string[] | undefined) => idParam(id, 'Session');
  const question = (id: string | string[] | undefined) => idParam(id, 'Question');

  r.get('/sessions', async (req, res) => {
    res.json({ items: await live.listSessions(res.locals.actor, req.query) });
  });
  r.post('/groups/:id/sessions', async (req, res) => {
    res.status(201).json({ session: await live.createSession(res.locals.actor, idParam(req.params.id, 'Group'), req.body) });
  });
  r.get('/sessions/:id', async (req, res) => {
    res.json(await live.getSession(res.locals.actor, session(req.params.id)));
  });
  r.patch('/sessions/:id', async (req, res) => {
    res.json({ session: await live.updateSession(res.locals.actor, session(req.params.id), req.body) });
  });
  r.post('/sessions/:id/start', async (req, res) => {
    res.json({ session: await live.startSession(res.locals.actor, session(req.params.id)) });
  });
  r.post('/sessions/:id/end', async (req, res) => {
    res.json({ session: await live.endSession(res.locals.actor, session(req.params.id)) });
  });
  r.post('/sessions/:id/archive', async (req, res) => {
    res.json(await live.archiveSession(res.locals.actor, session(req.params.id), req.body));
  });
  r.get('/sessions/:id/state', async (req, res) => {
    res.json(await live.roomState(res.locals.actor, session(req.params.id)));
  });
  r.get('/sessions/:id/log', async (req, res) => {
    res.json({ items: await live.sessionLog(res.locals.actor, session(req.params.id)) });
  });
  r.post('/sessions/:id/questions', async (req, res) => {
    res.status(201).json({ question: await live.askQuestion(res.locals.actor, session(req.params.id), req.body) });
  });
  r.post('/sessions/:id/chat', async (req, res) => {
    res.status(201).json({ message: await live.postChat(res.locals.actor, session(req.params.id), req.body) });
  });

  r.post('/questions/:id/vote', async (req, res) => {
    res.json({ question: await live.voteQuestion(res.locals.actor, question(req.params.id)) });
  });
  r.delete('/questions/:id/vote', async (req, res) => {
    res.json({ question: await live.unvoteQuestion(res.locals.actor, question(req.params.id)) });
  });
  r.post('/questions/:id/approve', async (req, res) => {
    res.json({ question: await live.approveQuestion(res.locals.actor, question(req.params.id)) });
  });
  r.post('/questions/:id/dismiss', async (req, res) => {
    res.json({ question: await live.dismissQuestion(res.locals.actor, question(req.params.id), req.body) });
  });
  r.post('/questions/:id/answer', async (req, res) => {
    res.json({ question: await live.answerQuestion(res.locals.actor, question(req.params.id), req.body) });
  });
  r.post('/questions/:id/merge', async (req, res) => {
    res.json({ question: await live.mergeQuestion(res.locals.actor, question(req.params.id), req.body) });
  });
  r.post('/questions/:id/highlight', async (req, res) => {
    res.json({ session: await live.highlightQuestion(res.locals.actor, question(req.params.id)) });
  });
  r.delete('/questions/:id/highlight', async (req, res) => {
    res.json({ session: await live.unhighlightQuestion(res.locals.actor, question(req.params.id)) });
  });
  r.post('/questions/:id/thread', async (req, res) => {
    res.status(201).json(await live.questionToThread(res.locals.actor, question(req.params.id), req.body));
  });

  return r;
}
