import { and, asc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { cities, posts, threads, users, watches } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

/** These replies of the thread (not its opening post, not deleted), oldest first. */
export async function findReplies(db: Executor, threadId: number, postIds: number[]) {
  return db
    .select({ id: posts.id, authorId: posts.authorId, language: posts.language })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), inArray(posts.id, postIds), eq(posts.isOpening, false), isNull(posts.deletedAt)))
    .orderBy(asc(posts.id));
}

/** Moves posts to another thread as replies, with that thread's change number; `opening` becomes its opening post. */
export async function movePosts(db: Executor, move: { to: number; seq: number } & ({ fromThread: number } | { postIds: number[]; opening: number })): Promise<void> {
  const which = 'fromThread' in move ? eq(posts.threadId, move.fromThread) : inArray(posts.id, move.postIds);
  const opening = 'opening' in move ? sql`${posts.id} = ${move.opening}` : sql`false`;
  await db
    .update(posts)
    .set({ threadId: move.to, isOpening: opening, seq: move.seq, updatedAt: sql`now()`, version: sql`${posts.version} + 1` })
    .where(which);
}

/** Those who watched or muted the merged thread keep that level on the thread it joined (unless they chose one there). */
export async function moveWatches(db: Executor, from: number, to: number): Promise<void> {
  await db.execute(sql`
    insert into ${watches} (user_id, target, target_id, level)
    select user_id, 'thread', ${to}, level from ${watches} where target = 'thread' and target_id = ${from}
    on conflict do nothing`);
}

/** A thread's replies and last activity, counted afresh from its posts. */
export async function recountThread(db: Executor, threadId: number): Promise<void> {
  await db
    .update(threads)
    .set({
      replyCount: sql`(select count(*) from ${posts} where ${posts.threadId} = ${threadId} and not ${posts.isOpening})::int`,
      lastActivityAt: sql`coalesce((select max(${posts.createdAt}) from ${posts} where ${posts.threadId} = ${threadId}), ${threads.createdAt})`,
    })
    .where(eq(threads.id, threadId));
}

/** People who wrote in the thread and are not among `readers` (a condition on `users`). */
export async function findParticipantsOutside(db: Executor, threadId: number, readers: SQL) {
  return db
    .select(authorColumns)
    .from(users)
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(and(sql`${users.id} in (select ${posts.authorId} from ${posts} where ${posts.threadId} = ${threadId})`, sql`not ${readers}`))
    .orderBy(asc(users.displayName));
}
