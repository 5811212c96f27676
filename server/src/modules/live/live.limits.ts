import type { Config } from '../../config.ts';
import type { RateLimits } from '../../lib/rate-limits.ts';

type Kind = 'question' | 'vote' | 'chat';
const NAMES: Record<Kind, string> = { question: 'questions', vote: 'votes', chat: 'chat messages' };

/** Per-person budgets for a running room (config liveLimits), counted across all nodes. */
export function createLiveLimits({ budget }: RateLimits, limits: Config['liveLimits']) {
  const budgets = {
    question: budget({ name: 'live-questions', points: limits.questionsPerMinute, durationSeconds: 60 }),
    vote: budget({ name: 'live-votes', points: limits.votesPerMinute, durationSeconds: 60 }),
    chat: budget({ name: 'live-chat', points: limits.chatPerMinute, durationSeconds: 60 }),
  };
  return {
    /** Spends one of the person's points; when none are left, a 429 that says when to try again. */
    consume: (kind: Kind, userId: number) =>
      budgets[kind].take(String(userId), (seconds) => `Too many ${NAMES[kind]} in a short time. Please try again in ${seconds} seconds.`),
  };
}
export type LiveLimits = ReturnType<typeof createLiveLimits>;
