import { and, desc, eq, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { categories, cities, groups, questionSuggestions, threads, threadTopics, userExpertise, users } from '../../db/schema/index.ts';
import { threadHasTopic, threadTopicsColumn } from '../topics/index.ts';
import { authorColumns } from '../users/index.ts';
import { threadRowColumns } from './forum.columns.ts';

export type ThreadRow = Omit<typeof threads.$inferSelect, 'searchVector'>;

const threadColumns = {
  thread: threadRowColumns,
  category: categories,
  group: { id: groups.id, slug: groups.slug, name: groups.name },
  topics: threadTopicsColumn,
  ...authorColumns,
};

function selectThreads(db: Executor) {
  return db
    .select(threadColumns)
    .from(threads)
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(groups, eq(groups.id, categories.groupId))
    .innerJoin(users, eq(users.id, threads.authorId))
    .leftJoin(cities, eq(cities.id, users.cityId));
}

export type ThreadListRow = Awaited<ReturnType<typeof listThreadsByActivity>>[number];

const threadById = preparedQuery((db) => selectThreads(db).where(eq(threads.id, sql.placeholder('id'))).prepare('thread_by_id'));

export async function findThread(db: Executor, id: number) {
  const rows = await threadById(db).execute({ id });
  return rows[0];
}

/** The condition "in this category" for listThreadsByActivity. */
export const inCategory = (categoryId: number) => eq(threads.categoryId, categoryId);

/** The condition "in the space of one of these working groups". */
export const inGroupSpaces = (groupIds: number[]) => inIds(categories.groupId, groupIds);

/** A pin that has not run out (the SQL twin of the mapper's isPinned). */
const pinnedNow = sql`(${threads.pinScope} is not null and (${threads.pinnedUntil} is null or ${threads.pinnedUntil} > now()))`;

/**
 * Keyset page by last activity of the threads `where` picks (a category's, a topic's): rows
 * strictly after the cursor (activity, id), newest first; pinned threads are listed apart
 * (listPinnedThreads).
 */
export async function listThreadsByActivity(db: Executor, where: SQL | undefined, after: { at: Date; id: number } | null, limit: number, withPinned = false) {
  return selectThreads(db)
    .where(
      and(
        where,
        isNull(threads.hiddenAt),
        isNull(threads.mergedIntoId),
        withPinned ? undefined : sql`not ${pinnedNow}`,
        after ? sql`(${threads.lastActivityAt}, ${threads.id}) < (${after.at.toISOString()}::timestamptz, ${after.id})` : undefined,
      ),
    )
    .orderBy(desc(threads.lastActivityAt), desc(threads.id))
    .limit(limit);
}

export async function insertThread(db: Executor, row: typeof threads.$inferInsert): Promise<ThreadRow> {
  const rows = await db.insert(threads).values(row).returning(threadRowColumns);
  return rows[0]!;
}

/** The thread's next change number; locks the thread's row until commit, so numbers follow commit order. */
export async function bumpThreadSeq(db: Executor, threadId: number): Promise<number> {
  const rows = await db
    .update(threads)
    .set({ seq: sql`${threads.seq} + 1` })
    .where(eq(threads.id, threadId))
    .returning({ seq: threads.seq });
  return rows[0]!.seq;
}

export async function recordReply(db: Executor, threadId: number, at: Date): Promise<void> {
  await db
    .update(threads)
    .set({ replyCount: sql`${threads.replyCount} + 1`, lastActivityAt: at })
    .where(eq(threads.id, threadId));
}

/**
 * The threads shown above a category's list: its own pinned ones and those pinned above every
 * list, of the categories `readable` (a condition on `categories`) lets the reader see; global first.
 */
export async function listPinnedThreads(db: Executor, categoryId: number, readable: SQL, where?: SQL) {
  return selectThreads(db)
    .where(and(pinnedNow, isNull(threads.hiddenAt), or(eq(threads.categoryId, categoryId), eq(threads.pinScope, 'global')), readable, where))
    .orderBy(sql`${threads.pinScope} = 'global' desc`, desc(threads.lastActivityAt), desc(threads.id))
    .limit(PINNED_MAX);
}
/** more pins than this in one list would no longer be a highlight */
const PINNED_MAX = 20;

/** Sets what a moderator changed on a thread (lock, pin, hide, move, merge). */
export async function updateThreadState(
  db: Executor,
  id: number,
  patch: Partial<
    Pick<typeof threads.$inferInsert, 'categoryId' | 'title' | 'slug' | 'lockedAt' | 'lockedBy' | 'lockReason' | 'resolvedAt' | 'practiceAt' | 'practiceBy' | 'practiceSummary' | 'pinScope' | 'pinnedUntil' | 'hiddenAt' | 'hiddenBy' | 'hiddenReason' | 'mergedIntoId' | 'acceptedPostId' | 'acceptedAt' | 'acceptedBy'>
  >,
): Promise<void> {
  await db.update(threads).set(patch).where(eq(threads.id, id));
}

/** The conditions of the open-questions view (GET /api/questions) on the listed threads. */
export function questionsWhere(q: { status: 'unanswered' | 'answered' | 'all'; topic?: string; city?: string; group?: string; lang?: string; mine?: boolean; suggested?: boolean }, userId: number): SQL {
  return and(
    eq(threads.kind, 'question'),
    q.status === 'unanswered' ? isNull(threads.acceptedPostId) : q.status === 'answered' ? sql`${threads.acceptedPostId} is not null` : undefined,
    q.topic ? threadHasTopic(q.topic) : undefined,
    q.city ? eq(cities.slug, q.city) : undefined,
    q.group ? eq(groups.slug, q.group) : undefined,
    q.lang ? eq(threads.language, q.lang) : undefined,
    q.mine
      ? sql`exists (select 1 from ${threadTopics} join ${userExpertise} on ${userExpertise.topicId} = ${threadTopics.topicId}
          where ${threadTopics.threadId} = ${threads.id} and ${userExpertise.userId} = ${userId})`
      : undefined,
    q.suggested
      ? sql`exists (select 1 from ${questionSuggestions} where ${questionSuggestions.threadId} = ${threads.id} and ${questionSuggestions.userId} = ${userId})`
      : undefined,
  )!;
}
