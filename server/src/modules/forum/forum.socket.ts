import { IdNumber, line, rooms } from '@praxisnetz/shared';
import { RateLimiterMemory } from 'rate-limiter-flexible';
import type { AppSocket } from '../../realtime/io.ts';
import { socketRequests } from '../../realtime/socket-request.ts';
import type { UsersService } from '../users/index.ts';
import type { ForumService } from './forum.service.ts';

const ThreadId = IdNumber;
const Slug = line().min(1).max(100);
const limiter = new RateLimiterMemory({ points: 30, duration: 10 });

/** Joining a room is allowed to those who may read what it carries. */
export function registerForumSocket(socket: AppSocket, deps: { forum: ForumService; users: UsersService }): void {
  const guarded = socketRequests(socket, limiter);
  const actor = () => deps.users.actorById(socket.data.userId!);

  socket.on('thread:join', (threadId, ack) =>
    guarded(ack, async () => {
      const id = ThreadId.parse(threadId);
      const { canModerate } = await deps.forum.threadAccess(await actor(), id);
      await socket.join(canModerate ? [rooms.thread(id), rooms.threadModerators(id)] : rooms.thread(id));
    }),
  );
  socket.on('thread:leave', (threadId) => {
    if (!ThreadId.safeParse(threadId).success) return;
    void socket.leave(rooms.thread(threadId));
    void socket.leave(rooms.threadModerators(threadId));
  });
  socket.on('category:join', (slug, ack) =>
    guarded(ack, async () => {
      const s = Slug.parse(slug);
      await deps.forum.assertCategoryReadable(await actor(), s);
      await socket.join(rooms.category(s));
    }),
  );
  socket.on('category:leave', (slug) => {
    if (Slug.safeParse(slug).success) void socket.leave(rooms.category(slug));
  });
}
