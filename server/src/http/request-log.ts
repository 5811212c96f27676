import type { RequestHandler } from 'express';

const SECRET_PATHS = ['/calendar/', '/api/invitations/'];

/** One line when a request arrives and one when it is answered (LOG_REQUESTS=1), without user content. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  // The path only: query strings carry search terms and tokens; paths that carry a secret (a calendar feed, an invitation) are cut.
  const secret = SECRET_PATHS.find((prefix) => req.path.startsWith(prefix));
  const where = `${req.method} ${secret ? `${secret}…` : req.path}`;
  console.log(`→ ${where} (${res.locals.requestId})`);
  res.on('finish', () => {
    console.log(`← ${where} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms (${res.locals.requestId})`);
  });
  next();
};
