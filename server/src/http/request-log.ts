import type { RequestHandler } from 'express';
import { log } from '../lib/log.ts';

const SECRET_PATHS = ['/calendar/', '/api/invitations/'];

/** One line when a request arrives and one when it is answered (LOG_REQUESTS=1), without user content. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  // The path only: query strings carry search terms and tokens; paths that carry a secret (a calendar feed, an invitation) are cut.
  const secret = SECRET_PATHS.find((prefix) => req.path.startsWith(prefix));
  const where = `${req.method} ${secret ? `${secret}…` : req.path}`;
  const path = secret ? `${secret}…` : req.path;
  const requestId = res.locals.requestId as string;
  log('info', `→ ${where}`, { requestId, method: req.method, path });
  res.on('finish', () => {
    const ms = Number((performance.now() - started).toFixed(1));
    log('info', `← ${where} ${res.statusCode} ${ms} ms`, { requestId, method: req.method, path, status: res.statusCode, ms });
  });
  next();
};
