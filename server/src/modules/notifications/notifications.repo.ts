import { and, desc, eq, inArray, isNull, lt, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import type { NotificationKind } from '@praxisnetz/shared';
import { categories, cities, notificationSettings, notifications, posts, threads, users, watches } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

export interface PostFacts {
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
export async function findPostFacts(db: Executor, postId: number): Promise<PostFacts | undefined> {
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

/** Whose posts these are (quoted posts: their authors hear of the quote). */
export async function findPostAuthors(db: Executor, postIds: number[]): Promise<number[]> {
  if (postIds.length === 0) return [];
  const rows = await db.selectDistinct({ id: posts.authorId }).from(posts).where(and(inIds(posts.id, postIds), isNull(posts.deletedAt)));
  return rows.map((r) => r.id);
}

/** Everyone who watches the post's thread, or its category or working group. */
export function watchersOf(post: PostFacts): SQL {
  return sql`${users.id} in (select ${watches.userId} from ${watches} where ${watches.level} = 'watching' and (${watchTargets(post)}))`;
}

/** These members, by id. */
export const among = (userIds: number[]): SQL => inIds(users.id, userIds);

const watchTargets = (post: PostFacts) => sql`(${watches.target} = 'thread' and ${watches.targetId} = ${post.threadId})
    or (${watches.target} = 'category' and ${watches.targetId} = ${post.categoryId})
    or (${watches.target} = 'group' and ${watches.targetId} = ${post.groupId ?? 0})`;

/**
 * Tells of a post, as `kind`, the members `who` picks who may read it (`readers`) — never its
 * author, never someone in `except` (told already, of a closer kind), never someone who muted the
 * thread, its category or group, or turned the kind off in the app. An unread entry of the same
 * kind for the thread counts up instead of a second one appearing. Returns who was told.
 */
export async function insertPostNotifications(
  db: Executor,
  kind: NotificationKind,
  post: PostFacts,
  who: SQL,
  readers: SQL,
  except: number[],
): Promise<number[]> {
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, thread_id, post_id, actor_id)
    select ${users.id}, ${kind}, ${post.threadId}, ${post.postId}, ${post.authorId}
    from ${users}
    where ${who}
      and ${users.id} not in (select ${watches.userId} from ${watches} where ${watches.level} = 'muted' and (${watchTargets(post)}))
      and ${users.id} not in (select ${notificationSettings.userId} from ${notificationSettings}
        where ${notificationSettings.kind} = ${kind} and ${notificationSettings.channel} = 'app' and ${notificationSettings.mode} = 'off')
      and ${users.id} <> ${post.authorId}
      and not (${inIds(users.id, except)})
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
