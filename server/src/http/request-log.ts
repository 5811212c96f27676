import type { RequestHandler } from 'express';

/** One line when a request arrives and one when it is answered (LOG_REQUESTS=1), without user content. */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  // The path only: query strings carry search terms and tokens (the calendar feed's is in its path, so it is cut).
  const where = `${req.method} ${req.path.startsWith('/calendar/') ? '/calendar/…' : req.path}`;
  console.log(`→ ${where} (${res.locals.requestId})`);
  res.on('finish', () => {
    console.log(`← ${where} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms (${res.locals.requestId})`);
  });
  next();
};
