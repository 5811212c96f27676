import { IdNumber, rooms } from '@praxisnetz/shared';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppSocket } from '../../realtime/io.ts';
import { socketRequests } from '../../realtime/socket-request.ts';
import type { UsersService } from '../users/index.ts';
import type { LiveService } from './live.service.ts';

const SessionId = IdNumber;
/** Re-joins after reconnects are normal; a loop of joins is not. */
const limiter = new RateLimiterMemory({ points: 30, duration: 10 });

/**
 * live:join answers with the room's whole state, which is also how a reconnecting client
 * re-syncs; moderators also join the room's moderator channel for the unredacted copies.
 */
export function registerLiveSocket(socket: AppSocket, deps: { live: LiveService; users: UsersService }): void {
  const answer = socketRequests(socket, limiter);
  socket.on('live:join', (sessionId, ack) =>
    answer(ack, async () => {
      const id = SessionId.parse(sessionId);
      const actor = await deps.users.actorById(socket.data.userId!);
      const state = await deps.live.roomState(actor, id, async (canModerate) => {
        await socket.join(canModerate ? [rooms.live(id), rooms.liveModerators(id)] : rooms.live(id));
      });
      return { state };
    }),
  );
  socket.on('live:leave', (sessionId) => {
    if (!SessionId.safeParse(sessionId).success) return;
    void socket.leave(rooms.live(sessionId));
    void socket.leave(rooms.liveModerators(sessionId));
  });
}
