import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import type { Config } from '../../config.ts';
import { RateLimited } from '../../lib/errors.ts';

type Kind = 'question' | 'vote' | 'chat';
const NAMES: Record<Kind, string> = { question: 'questions', vote: 'votes', chat: 'chat messages' };

/**
 * Per-person budgets for a running room (config liveLimits), counted per node: with N nodes
 * behind a balancer a person gets at most N times the budget, which still stops a flood.
 */
export function createLiveLimits(limits: Config['liveLimits']) {
  const limiters: Record<Kind, RateLimiterMemory> = {
    question: new RateLimiterMemory({ points: limits.questionsPerMinute, duration: 60 }),
    vote: new RateLimiterMemory({ points: limits.votesPerMinute, duration: 60 }),
    chat: new RateLimiterMemory({ points: limits.chatPerMinute, duration: 60 }),
  };
  return {
    /** Spends one of the person's points; when none are left, a 429 that says when to try again. */
    async consume(kind: Kind, userId: number): Promise<void> {
      try {
        await limiters[kind].consume(userId);
      } catch (e) {
        if (!(e instanceof RateLimiterRes)) throw e;
        const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
        const error = RateLimited(seconds);
        error.message = `Too many ${NAMES[kind]} in a short time. Please try again in ${seconds} seconds.`;
        throw error;
      }
    },
  };
}
export type LiveLimits = ReturnType<typeof createLiveLimits>;
