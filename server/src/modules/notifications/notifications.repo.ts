import { and, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import { categories, cities, notifications, posts, threads, users, watches } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

export interface ReplyFacts {
  postId: number;
  threadId: number;
  categoryId: number;
  groupId: number | null;
  authorId: number;
  authorName: string;
  title: string;
  body: string;
}

/** The post a reply notification is about, with what decides who hears of it; none if it is gone. */
export async function findReplyFacts(db: Executor, postId: number): Promise<ReplyFacts | undefined> {
  const [row] = await db
    .select({
      postId: posts.id,
      threadId: threads.id,
      categoryId: categories.id,
      groupId: categories.groupId,
      authorId: posts.authorId,
      authorName: users.displayName,
      title: threads.title,
      body: posts.body,
    })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt)));
  return row;
}

/**
 * Tells of a reply everyone who watches its thread, category or group and may read it — never its
 * author, never someone who muted any of the three. An unread entry for the thread counts up
 * instead of a second one appearing. Returns who was told.
 */
export async function insertReplyNotifications(db: Executor, reply: ReplyFacts, readers: SQL): Promise<number[]> {
  const targets = sql`(${watches.target} = 'thread' and ${watches.targetId} = ${reply.threadId})
    or (${watches.target} = 'category' and ${watches.targetId} = ${reply.categoryId})
    or (${watches.target} = 'group' and ${watches.targetId} = ${reply.groupId ?? 0})`;
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, thread_id, post_id, actor_id)
    select ${users.id}, 'reply', ${reply.threadId}, ${reply.postId}, ${reply.authorId}
    from ${users}
    where ${users.id} in (select ${watches.userId} from ${watches} where ${watches.level} = 'watching' and (${targets}))
      and ${users.id} not in (select ${watches.userId} from ${watches} where ${watches.level} = 'muted' and (${targets}))
      and ${users.id} <> ${reply.authorId}
      and ${readers}
    on conflict (user_id, kind, thread_id) where read_at is null
    do update set count = ${notifications.count} + 1, actor_id = excluded.actor_id, updated_at = now()
    returning user_id`);
  return (result as unknown as { rows: { user_id: number }[] }).rows.map((r) => Number(r.user_id));
}

/**
 * Unread entries per member, for those given, that the list shows (a thread the member still
 * reads, a post not deleted); `readers` is the policy's twin over `users` and `categories`.
 */
export async function countUnreadOf(db: Executor, userIds: number[], readers: SQL): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: notifications.userId, unread: sql<number>`count(*)::int` })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .innerJoin(threads, eq(threads.id, notifications.threadId))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .innerJoin(posts, eq(posts.id, notifications.postId))
    .where(and(inIds(notifications.userId, userIds), isNull(notifications.readAt), isNull(posts.deletedAt), readers))
    .groupBy(notifications.userId);
  return new Map(rows.map((r) => [r.userId, r.unread]));
}

/** An entry is shown while its thread is readable to the member and its post not deleted. */
const shown = (userId: number, readable: SQL) =>
  and(eq(notifications.userId, userId), readable, isNull(posts.deletedAt));

export async function listNotifications(db: Executor, userId: number, readable: SQL, after: { at: Date; id: number } | undefined, limit: number) {
  return db
    .select({
      notification: notifications,
      thread: { id: threads.id, slug: threads.slug, title: threads.title },
      ...authorColumns,
    })
    .from(notifications)
    .innerJoin(threads, eq(threads.id, notifications.threadId))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .innerJoin(posts, eq(posts.id, notifications.postId))
    .innerJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(
      and(
        shown(userId, readable),
        after &&
          or(lt(notifications.updatedAt, after.at), and(eq(notifications.updatedAt, after.at), lt(notifications.id, after.id))),
      ),
    )
    .orderBy(desc(notifications.updatedAt), desc(notifications.id))
    .limit(limit);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

/** Marks the member's entries read (those given, or all); returns how many changed. */
export async function markRead(db: Executor, userId: number, ids: number[] | 'all'): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}
