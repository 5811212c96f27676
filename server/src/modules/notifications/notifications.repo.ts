import { and, desc, eq, gt, inArray, isNull, lt, ne, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import { MODERATION_KINDS, type NotificationKind } from '@praxisnetz/shared';
import { categories, cities, documents, groupMembers, groups, liveSessions, notificationSettings, notifications, posts, threads, users, watches } from '../../db/schema/index.ts';
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
    .where(and(eq(posts.id, postId), isNull(posts.deletedAt), isNull(posts.hiddenAt), isNull(threads.hiddenAt)));
  return row;
}

/** Whose posts these are (quoted posts: their authors hear of the quote). */
export async function findPostAuthors(db: Executor, postIds: number[]): Promise<number[]> {
  if (postIds.length === 0) return [];
  const rows = await db.selectDistinct({ id: posts.authorId }).from(posts).where(and(inIds(posts.id, postIds), isNull(posts.deletedAt)));
  return rows.map((r) => r.id);
}

/** Everyone who watches (or, `tracking`, tracks) the post's thread, or its category or working group. */
export function watchersOf(post: PostFacts, level: 'watching' | 'tracking' = 'watching'): SQL {
  return sql`${users.id} in (select ${watches.userId} from ${watches} where ${watches.level} = ${level} and (${watchTargets(post)}))`;
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
 * kind for the thread counts up instead of a second one appearing; a `quiet` one (tracking) is
 * listed but not counted in the bell. Returns who got an entry.
 */
export async function insertPostNotifications(
  db: Executor,
  kind: NotificationKind,
  post: PostFacts,
  who: SQL,
  readers: SQL,
  except: number[],
  quiet = false,
): Promise<number[]> {
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, thread_id, post_id, actor_id, quiet)
    select ${users.id}, ${kind}, ${post.threadId}, ${post.postId}, ${post.authorId}, ${quiet}
    from ${users}
    where ${who}
      and ${users.id} not in (select ${watches.userId} from ${watches} where ${watches.level} = 'muted' and (${watchTargets(post)}))
      and ${users.id} not in (select ${notificationSettings.userId} from ${notificationSettings}
        where ${notificationSettings.kind} = ${kind} and ${notificationSettings.channel} = 'app' and ${notificationSettings.mode} = 'off')
      and ${users.id} <> ${post.authorId}
      and not (${inIds(users.id, except)})
      and ${readers}
    on conflict (user_id, kind, thread_id) where read_at is null
    do update set count = ${notifications.count} + 1, actor_id = excluded.actor_id, quiet = excluded.quiet, updated_at = now()
    returning user_id`);
  return (result as unknown as { rows: { user_id: number }[] }).rows.map((r) => Number(r.user_id));
}

/**
 * What decides whether a member still sees an entry: `category` — the thread's category is one the
 * member reads (entries of posts; a deleted post shows nothing); `group` — the entry's working group
 * is one the member reads (a group's document or session; an invitation shows to the invited); a
 * deleted document shows nothing either.
 * Both are the policy's conditions, for one actor or, over `users`, for many.
 */
export interface Visibility {
  category: SQL;
  group: SQL;
}

/** What moderators did with a member's flag or content stays listed, even once the item is hidden or gone. */
const visible = (v: Visibility) =>
  sql`(${notifications.kind} in ${[...MODERATION_KINDS]} or ((${notifications.threadId} is null or (${v.category} and ${threads.hiddenAt} is null and ${posts.deletedAt} is null and ${posts.hiddenAt} is null))
    and (${notifications.groupId} is null or ${notifications.kind} = 'group_invitation' or ${v.group})
    and (${notifications.documentId} is null or ${documents.deletedAt} is null)))`;

/** Unread entries per member, for those given, that their list shows and the bell counts (not the quiet ones). */
export async function countUnreadOf(db: Executor, userIds: number[], v: Visibility): Promise<Map<number, number>> {
  if (userIds.length === 0) return new Map();
  const rows = await db
    .select({ userId: notifications.userId, unread: sql<number>`count(*)::int` })
    .from(notifications)
    .innerJoin(users, eq(users.id, notifications.userId))
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(posts, eq(posts.id, notifications.postId))
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .where(and(inIds(notifications.userId, userIds), isNull(notifications.readAt), eq(notifications.quiet, false), eq(users.status, 'active'), visible(v)))
    .groupBy(notifications.userId);
  return new Map(rows.map((r) => [r.userId, r.unread]));
}

const subject = alias(users, 'subject');
const subjectCity = alias(cities, 'subject_city');

/**
 * A member's entries, newest first: a page of the list (`after` the last one shown), or the unread,
 * not quiet entries of some kinds since a time (a digest).
 */
export async function listNotifications(
  db: Executor,
  userId: number,
  v: Visibility,
  opts: { after?: { at: Date; id: number }; limit: number; unread?: { kinds: NotificationKind[]; since: Date } },
) {
  const { after, limit, unread } = opts;
  return db
    .select({
      notification: notifications,
      thread: { id: threads.id, slug: threads.slug, title: threads.title },
      group: { id: groups.id, name: groups.name },
      session: { id: liveSessions.id, title: liveSessions.title },
      document: { id: documents.id, title: documents.title },
      subject: { id: subject.id, displayName: subject.displayName, role: subject.role, citySlug: subjectCity.slug, cityName: subjectCity.name },
      ...authorColumns,
    })
    .from(notifications)
    .leftJoin(threads, eq(threads.id, notifications.threadId))
    .leftJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(posts, eq(posts.id, notifications.postId))
    .leftJoin(groups, eq(groups.id, notifications.groupId))
    .leftJoin(liveSessions, eq(liveSessions.id, notifications.sessionId))
    .leftJoin(documents, eq(documents.id, notifications.documentId))
    .leftJoin(subject, eq(subject.id, notifications.subjectId))
    .leftJoin(subjectCity, eq(subjectCity.id, subject.cityId))
    .leftJoin(users, eq(users.id, notifications.actorId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(
      and(
        eq(notifications.userId, userId),
        visible(v),
        unread &&
          and(isNull(notifications.readAt), eq(notifications.quiet, false), inArray(notifications.kind, unread.kinds), gt(notifications.updatedAt, unread.since)),
        after &&
          or(lt(notifications.updatedAt, after.at), and(eq(notifications.updatedAt, after.at), lt(notifications.id, after.id))),
      ),
    )
    .orderBy(desc(notifications.updatedAt), desc(notifications.id))
    .limit(limit);
}

export type NotificationRow = Awaited<ReturnType<typeof listNotifications>>[number];

/** What an entry that is not about a post names (at most one of each). */
export interface EventRefs {
  groupId?: number;
  sessionId?: number;
  documentId?: number;
  subjectId?: number;
  threadId?: number;
  postId?: number;
  actorId?: number | null;
}

/** Entries of one kind for these members, unless they turned the kind off in the app; returns who got one. */
export async function insertEventNotifications(db: Executor, kind: NotificationKind, userIds: number[], refs: EventRefs): Promise<number[]> {
  if (userIds.length === 0) return [];
  const ref = (v: number | null | undefined) => sql`${v ?? null}::int`;
  const result = await db.execute(sql`
    insert into ${notifications} (user_id, kind, group_id, session_id, document_id, subject_id, thread_id, post_id, actor_id)
    select ${users.id}, ${kind}, ${ref(refs.groupId)}, ${ref(refs.sessionId)}, ${ref(refs.documentId)}, ${ref(refs.subjectId)},
      ${ref(refs.threadId)}, ${ref(refs.postId)}, ${ref(refs.actorId)}
    from ${users}
    where ${inIds(users.id, userIds)}
      and ${users.id} not in (select ${notificationSettings.userId} from ${notificationSettings}
        where ${notificationSettings.kind} = ${kind} and ${notificationSettings.channel} = 'app' and ${notificationSettings.mode} = 'off')
    returning user_id`);
  return (result as unknown as { rows: { user_id: number }[] }).rows.map((r) => Number(r.user_id));
}

/** Marks the member's entries read (those given, or all); returns how many changed. */
export async function markRead(db: Executor, userId: number, ids: number[] | 'all'): Promise<number> {
  const rows = await db
    .update(notifications)
    .set({ readAt: sql`now()` })
    .where(and(eq(notifications.userId, userId), isNull(notifications.readAt), ids === 'all' ? undefined : inArray(notifications.id, ids)))
    .returning({ id: notifications.id });
  return rows.length;
}

/** A working group's active members, but one (who did it). */
export async function groupMemberIds(db: Executor, groupId: number, exceptId: number | null): Promise<number[]> {
  const rows = await db
    .select({ id: groupMembers.userId })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active'), exceptId === null ? undefined : ne(groupMembers.userId, exceptId)));
  return rows.map((r) => r.id);
}

/** Until the transaction ends, no other fan-out of the thread's posts runs (a transaction-level advisory lock). */
export async function lockThreadFanOut(db: Executor, threadId: number): Promise<void> {
  await db.execute(sql`select pg_advisory_xact_lock(${FAN_OUT_LOCK}, ${threadId})`);
}
/** the first key of the fan-out locks: which kind of advisory lock this is */
const FAN_OUT_LOCK = 7301;
