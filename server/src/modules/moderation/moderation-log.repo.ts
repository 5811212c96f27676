import { escapeLike } from '../../db/like.ts';
import { and, desc, eq, gte, like, lt, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { NETWORK_TIME_ZONE } from '../../lib/network-time.ts';
import { categories, cities, flags, groups, moderationLog, posts, threads, users } from '../../db/schema/index.ts';

export type ModerationRow = typeof moderationLog.$inferSelect;

/** Written inside the use case's transaction: an action and its record stand or fall together. */
export async function recordModeration(db: Executor, entry: typeof moderationLog.$inferInsert): Promise<void> {
  await db.insert(moderationLog).values(entry);
}

const target = alias(users, 'target');
const actorCity = alias(cities, 'actor_city');
const targetCity = alias(cities, 'target_city');

/** A live room's moderation record, newest first, with who acted and on whom (and their cities). */
export async function listSessionModeration(db: Executor, sessionId: number, limit = 200) {
  return db
    .select({ entry: moderationLog, actor: users, actorCity, target, targetCity })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .leftJoin(actorCity, eq(actorCity.id, users.cityId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .leftJoin(targetCity, eq(targetCity.id, target.cityId))
    .where(eq(moderationLog.sessionId, sessionId))
    .orderBy(desc(moderationLog.id))
    .limit(limit);
}

export interface LogFilters {
  actorId?: number;
  targetUserId?: number;
  /** an action, or a prefix ending in a dot (`thread.`) */
  action?: string;
  groupId?: number;
  threadId?: number;
  /** days in network time, both included */
  from?: string;
  to?: string;
}

/** The network's log, newest first, among what `scope` (a condition on `moderation_log`) lets the reader see. */
export async function listModerationLog(db: Executor, filters: LogFilters, scope: SQL, beforeId: number | null, limit: number) {
  const day = (d: string) => sql`(${d}::date::timestamp at time zone ${NETWORK_TIME_ZONE})`;
  return db
    .select({
      entry: moderationLog,
      actor: users,
      actorCity,
      target,
      targetCity,
      group: { id: groups.id, name: groups.name },
      threadLocked: sql<boolean>`${threads.lockedAt} is not null`,
      threadPinned: sql<boolean>`${threads.pinScope} is not null`,
      postHidden: sql<boolean>`${posts.hiddenAt} is not null`,
      threadCategory: categories.slug,
    })
    .from(moderationLog)
    .innerJoin(users, eq(users.id, moderationLog.actorId))
    .leftJoin(actorCity, eq(actorCity.id, users.cityId))
    .leftJoin(target, eq(target.id, moderationLog.targetUserId))
    .leftJoin(targetCity, eq(targetCity.id, target.cityId))
    .leftJoin(groups, eq(groups.id, moderationLog.groupId))
    .leftJoin(threads, eq(threads.id, moderationLog.threadId))
    .leftJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(posts, eq(posts.id, moderationLog.postId))
    .where(
      and(
        scope,
        filters.actorId !== undefined ? eq(moderationLog.actorId, filters.actorId) : undefined,
        filters.targetUserId !== undefined ? eq(moderationLog.targetUserId, filters.targetUserId) : undefined,
        filters.action ? (filters.action.endsWith('.') ? like(moderationLog.action, `${escapeLike(filters.action)}%`) : eq(moderationLog.action, filters.action)) : undefined,
        filters.groupId !== undefined ? eq(moderationLog.groupId, filters.groupId) : undefined,
        filters.threadId !== undefined ? eq(moderationLog.threadId, filters.threadId) : undefined,
        filters.from ? gte(moderationLog.createdAt, day(filters.from)) : undefined,
        filters.to ? lt(moderationLog.createdAt, sql`${day(filters.to)} + interval '1 day'`) : undefined,
        beforeId !== null ? lt(moderationLog.id, beforeId) : undefined,
      ),
    )
    .orderBy(desc(moderationLog.id))
    .limit(limit);
}
export type LogRow = Awaited<ReturnType<typeof listModerationLog>>[number];

const RECORD_MAX = 20;

/** An account's latest posts (with their thread), for the staff. */
export async function recentPostsOf(db: Executor, userId: number) {
  return db
    .select({ post: { id: posts.id, body: posts.body, createdAt: posts.createdAt, hiddenAt: posts.hiddenAt, deletedAt: posts.deletedAt }, threadId: threads.id, threadTitle: threads.title })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(eq(posts.authorId, userId))
    .orderBy(desc(posts.id))
    .limit(RECORD_MAX);
}

/** Flags on what the account wrote, newest first. */
export async function flagsAgainst(db: Executor, userId: number) {
  return db.select().from(flags).where(eq(flags.authorId, userId)).orderBy(desc(flags.id)).limit(RECORD_MAX);
}

/** One entry of the log, if `scope` lets the reader see it. */
export async function findModerationEntry(db: Executor, id: number, scope: SQL): Promise<LogRow | undefined> {
  const [row] = await listModerationLog(db, {}, and(scope, eq(moderationLog.id, id))!, null, 1);
  return row;
}

/** Log entries about the account (it was acted on), in the reader's scope. */
/** The log entries a member is told of about themselves: warnings, hidings and removals of their posts, suspensions. */
export async function noticesFor(db: Executor, userId: number) {
  return db
    .select()
    .from(moderationLog)
    .where(
      and(
        eq(moderationLog.targetUserId, userId),
        sql`(${moderationLog.action} in ('user.warn', 'user.suspend', 'user.reinstate', 'post.hide', 'post.unhide', 'thread.hide')
          or (${moderationLog.action} = 'flag.resolve' and ${moderationLog.details}->>'outcome' in ('hide', 'delete')))`,
      ),
    )
    .orderBy(desc(moderationLog.id))
    .limit(RECORD_MAX);
}

export async function logAbout(db: Executor, userId: number, scope: SQL) {
  return listModerationLog(db, {}, and(scope, eq(moderationLog.targetUserId, userId))!, null, RECORD_MAX);
}
