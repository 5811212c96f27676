import type { VoteCount } from '@praxisnetz/shared';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { createVoteBatcher } from './vote-batcher.ts';

const count = (id: number, voteCount: number, seq: number, sessionId = 1): VoteCount => ({ id, sessionId, voteCount, seq });

describe('vote batcher', () => {
  let sent: { sessionId: number; counts: VoteCount[] }[];
  let batcher: ReturnType<typeof createVoteBatcher>;
  beforeEach(() => {
    vi.useFakeTimers();
    sent = [];
    batcher = createVoteBatcher((sessionId, counts) => sent.push({ sessionId, counts }), 100);
  });
  afterEach(() => vi.useRealTimers());

  it('sends a lone vote at once', () => {
    batcher.add(count(7, 1, 10));
    expect(sent).toEqual([{ sessionId: 1, counts: [count(7, 1, 10)] }]);
  });

  it('sends the votes of a burst together at the end of the window, each question with its newest count', () => {
    batcher.add(count(7, 1, 10));
    batcher.add(count(7, 2, 11));
    batcher.add(count(8, 1, 12));
    batcher.add(count(7, 3, 13));
    expect(sent).toHaveLength(1);
    vi.advanceTimersByTime(100);
    expect(sent[1]).toEqual({ sessionId: 1, counts: [count(7, 3, 13), count(8, 1, 12)] });
  });

  it('keeps rooms apart and goes quiet once nothing waits', () => {
    batcher.add(count(7, 1, 10, 1));
    batcher.add(count(9, 1, 4, 2));
    expect(sent.map((s) => s.sessionId)).toEqual([1, 2]);
    vi.advanceTimersByTime(1000);
    expect(sent).toHaveLength(2);
    batcher.add(count(7, 2, 11, 1));
    expect(sent.at(-1)).toEqual({ sessionId: 1, counts: [count(7, 2, 11, 1)] });
  });
});
