import { Router } from 'express';
import { idParam, nameParam } from '../../http/params.ts';
import { publicOrigin } from '../../http/request-context.ts';
import type { CalendarService } from './calendar.service.ts';

const ICS = 'text/calendar; charset=utf-8';

/**
 * Under /api: one session's .ics, and the signed-in user's feed URL. Links in calendar entries
 * are absolute, to the address the browser or calendar app used (publicOrigin).
 */
export function calendarRoutes(calendar: CalendarService): Router {
  const r = Router();
  r.get('/sessions/:id/ics', async (req, res) => {
    const file = await calendar.sessionFile(res.locals.actor, idParam(req.params.id, 'Session'), publicOrigin(req));
    res.attachment(file.filename).type(ICS).send(file.ics);
  });
  r.get('/me/calendar', async (_req, res) => {
    res.json({ url: await calendar.feedUrl(res.locals.actor) });
  });
  r.post('/me/calendar', async (_req, res) => {
    res.json({ url: await calendar.resetFeedUrl(res.locals.actor) });
  });
  return r;
}

/**
 * Mounted at /calendar, outside /api: calendar apps subscribe without a cookie, so the token in
 * the path is the credential, and no cache along the way may keep the answer (nor a refusal).
 */
export function calendarFeedRoutes(calendar: CalendarService): Router {
  const r = Router();
  r.get('/:token.ics', async (req, res) => {
    res.set('Cache-Control', 'private, no-store');
    res.type(ICS).send(await calendar.feed(nameParam(req.params.token, 'Calendar'), publicOrigin(req)));
  });
  return r;
}
