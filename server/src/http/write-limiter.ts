import type { RequestHandler } from 'express';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { RateLimited } from '../lib/errors.ts';
import { clientIp } from './request-context.ts';

/** Writes per account (or per address when anonymous) per minute. */
export function writeLimiter(perMinute: number): RequestHandler {
  const limiter = new RateLimiterMemory({ points: perMinute, duration: 60 });
  return async (req, res, next) => {
    const key = res.locals.actor ? `user:${res.locals.actor.id}` : `ip:${clientIp(req)}`;
    try {
      await limiter.consume(key);
      next();
    } catch (e) {
      if (e instanceof RateLimiterRes) return next(RateLimited(Math.ceil(e.msBeforeNext / 1000)));
      next(e);
    }
  };
}
