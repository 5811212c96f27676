import type { VoteCount } from '@praxisnetz/shared';
import { guarded } from '../../../lib/log.ts';

/**
 * Vote counts of a room go out at most once per window: the first change at once, later ones in
 * the window together at its end, each question with its newest count. A burst of hundreds of
 * votes then costs every participant a few messages, not hundreds, and a lone vote waits for nothing.
 */
export function createVoteBatcher(send: (sessionId: number, counts: VoteCount[]) => void, windowMs: number) {
  const rooms = new Map<number, { pending: Map<number, VoteCount>; timer: NodeJS.Timeout | null }>();

  function flush(sessionId: number) {
    const room = rooms.get(sessionId)!;
    if (room.pending.size === 0) {
      rooms.delete(sessionId);
      return;
    }
    send(sessionId, [...room.pending.values()]);
    room.pending.clear();
    room.timer = setTimeout(guarded('vote batch', flush), windowMs, sessionId).unref();
  }

  return {
    add(count: VoteCount) {
      const room = rooms.get(count.sessionId);
      if (!room) {
        rooms.set(count.sessionId, { pending: new Map(), timer: setTimeout(guarded('vote batch', flush), windowMs, count.sessionId).unref() });
        send(count.sessionId, [count]);
        return;
      }
      const known = room.pending.get(count.id);
      if (!known || count.seq > known.seq) room.pending.set(count.id, count);
    },
  };
}
