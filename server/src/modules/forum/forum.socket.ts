import { type Ack, rooms } from '@praxisnetz/shared';
import { RateLimiterMemory, RateLimiterRes } from 'rate-limiter-flexible';
import { z } from 'zod';
import { AppError } from '../../lib/errors.ts';
import type { AppSocket } from '../../realtime/io.ts';
import type { UsersService } from '../users/users.service.ts';
import type { ForumService } from './forum.service.ts';

const ThreadId = z.number().int().positive();
const Slug = z.string().min(1).max(100);
const limiter = new RateLimiterMemory({ points: 30, duration: 10 });

/** Joining a room is allowed to those who may read what it carries. */
export function registerForumSocket(socket: AppSocket, deps: { forum: ForumService; users: UsersService }): void {
  async function guarded(ack: unknown, work: () => Promise<void>) {
    if (typeof ack !== 'function') return;
    const reply = ack as Ack;
    try {
      await limiter.consume(socket.id);
      await work();
      reply({ ok: true });
    } catch (e) {
      const code =
        e instanceof AppError ? e.code
        : e instanceof z.ZodError ? 'validation_failed'
        : e instanceof RateLimiterRes ? 'rate_limited'
        : 'internal';
      if (code === 'internal') console.error(e);
      reply({ ok: false, code });
    }
  }
  const actor = () => deps.users.actorById(socket.data.userId!);

  socket.on('thread:join', (threadId, ack) =>
    guarded(ack, async () => {
      const id = ThreadId.parse(threadId);
      await deps.forum.assertThreadReadable(await actor(), id);
      await socket.join(rooms.thread(id));
    }),
  );
  socket.on('thread:leave', (threadId) => {
    if (ThreadId.safeParse(threadId).success) void socket.leave(rooms.thread(threadId));
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
