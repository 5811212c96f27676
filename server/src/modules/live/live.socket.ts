import { type LiveJoinAck, rooms } from '@praxisnetz/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { AppSocket } from '../../realtime/io.ts';
import type { UsersService } from '../users/users.service.ts';
import type { LiveService } from './live.service.ts';

const SessionId = z.number().int().positive();
/** Re-joins after reconnects are normal; a loop of joins is not. */
const limiter = new RateLimiterMemory({ points: 30, duration: 10 });

/**
 * live:join answers with the room's whole state, which is also how a reconnecting client
 * re-syncs; moderators also join the room's moderator channel for the unredacted copies.
 */
export function registerLiveSocket(socket: AppSocket, deps: { live: LiveService; users: UsersService }): void {
  socket.on('live:join', async (sessionId, ack) => {
    if (typeof ack !== 'function') return;
    const reply = ack as LiveJoinAck;
    try {
      await limiter.consume(socket.id);
      const id = SessionId.parse(sessionId);
      const actor = await deps.users.actorById(socket.data.userId!);
      const state = await deps.live.roomState(actor, id, async (canModerate) => {
        await socket.join(canModerate ? [rooms.live(id), rooms.liveModerators(id)] : rooms.live(id));
      });
      reply({ ok: true, state });
    } catch (e) {
      const code =
        e instanceof AppError ? e.code
        : e instanceof z.ZodError ? 'validation_failed'
        : e instanceof RateLimiterRes ? 'rate_limited'
        : 'internal';
      if (code === 'internal') console.error(e);
      reply({ ok: false, code });
    }
  });
  socket.on('live:leave', (sessionId) => {
    if (!SessionId.safeParse(sessionId).success) return;
    void socket.leave(rooms.live(sessionId));
    void socket.leave(rooms.liveModerators(sessionId));
  });
}
