import { type RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { AppError } from '../lib/errors.ts';
import { logError } from '../lib/log.ts';
import type { AppSocket } from './io.ts';

/** What an ack says when a request is refused: the API's error code, so clients read one vocabulary. */
function refusalCode(e: unknown): string {
  return (
    e instanceof AppError ? e.code
    : e instanceof z.ZodError ? 'validation_failed'
    : e instanceof RateLimiterRes ? 'rate_limited'
    : 'internal'
  );
}

/**
 * Answers a client's request through its ack: counted against the socket's limit, then `work`;
 * the ack gets `{ok: true, ...result}` or `{ok: false, code}`. A request without an ack is ignored.
 */
export function socketRequests(socket: AppSocket, limiter: RateLimiterMemory) {
  return async function answer(ack: unknown, work: () => Promise<object | void>): Promise<void> {
    if (typeof ack !== 'function') return;
    const reply = ack as (result: object) => void;
    try {
      await limiter.consume(socket.id);
      reply({ ok: true, ...(await work()) });
    } catch (e) {
      const code = refusalCode(e);
      if (code === 'internal') logError('a socket request', e);
      reply({ ok: false, code });
    }
  };
}
