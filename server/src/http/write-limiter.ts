import type { RequestHandler } from 'express';
import type { RateBudget } from '../lib/rate-limits.ts';
import { clientIp } from './request-context.ts';

/** Writes per account (or per address when anonymous) per minute, counted across all nodes. */
export function writeLimiter(writes: RateBudget): RequestHandler {
  return async (req, res, next) => {
    await writes.take(res.locals.actor ? `user:${res.locals.actor.id}` : `ip:${clientIp(req)}`);
    next();
  };
}
