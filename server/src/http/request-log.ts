import type { RequestHandler } from 'express';

/** One line when a request arrives and one when it is answered (LOG_REQUESTS=1). */
export const requestLog: RequestHandler = (req, res, next) => {
  const started = performance.now();
  console.log(`→ ${req.method} ${req.originalUrl}`);
  res.on('finish', () => {
    console.log(`← ${req.method} ${req.originalUrl} ${res.statusCode} ${(performance.now() - started).toFixed(1)} ms`);
  });
  next();
};
