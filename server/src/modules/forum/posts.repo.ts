import { and, asc, count, desc, eq, gt, gte, lt, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { cities, postRevisions, posts, users } from '../../db/schema/index.ts';
import { type AuthorColumns, authorColumns } from '../users/index.ts';
import { postColumns } from './forum.columns.ts';

export type PostRow = Omit<typeof posts.$inferSelect, 'searchVector'>;
export type PostWithAuthor = { post: PostRow } & AuthorColumns;

function selectPosts(db: Executor) {
  return db
    .select({ post: postColumns, ...authorColumns })
    .from(posts)
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(cities, eq(cities.id, users.cityId));
}

export async function findPost(db: Executor, id: number) {
  const rows = await selectPosts(db).where(eq(posts.id, id));
  return rows[0];
}

const openingPost = preparedQuery((db) =>
  selectPosts(db)
    .where(and(eq(posts.threadId, sql.placeholder('threadId')), eq(posts.isOpening, true)))
    .prepare('thread_opening'),
);

const repliesPage = preparedQuery((db) =>
  selectPosts(db)
    .where(and(eq(posts.threadId, sql.placeholder('threadId')), eq(posts.isOpening, false), gt(posts.id, sql.placeholder('afterId'))))
    .orderBy(asc(posts.id))
    .limit(sql.placeholder('limit'))
    .prepare('thread_replies'),
);

/**
 * The opening post and up to `limit` replies after `afterId`, by id (the order they were written
 * in: a merged thread's replies interleave by time). The opening post is asked for apart: after a
 * merge an older thread's posts may have lower ids than the opening post.
 */
export async function findOpeningPost(db: Executor, threadId: number): Promise<PostWithAuthor> {
  const [opening] = await openingPost(db).execute({ threadId });
  return opening!;
}

export async function listThreadPage(db: Executor, threadId: number, afterId: number, limit: number) {
  const [[opening], replies] = await Promise.all([openingPost(db).execute({ threadId }), repliesPage(db).execute({ threadId, afterId, limit })]);
  return { opening: opening!, replies };
}

/** Replies by helpful marks (most first), then as written; keyset after (count, id). */
export async function listRepliesByHelpful(db: Executor, threadId: number, after: { h: number; id: number } | null, limit: number) {
  return selectPosts(db)
    .where(
      and(
        eq(posts.threadId, threadId),
        eq(posts.isOpening, false),
        after ? sql`(${posts.helpfulCount} < ${after.h} or (${posts.helpfulCount} = ${after.h} and ${posts.id} > ${after.id}))` : undefined,
      ),
    )
    .orderBy(desc(posts.helpfulCount), asc(posts.id))
    .limit(limit);
}

/** How many replies of the thread come before this one. */
export async function countRepliesBefore(db: Executor, threadId: number, postId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), eq(posts.isOpening, false), lt(posts.id, postId)));
  return row!.n;
}

/** The id of the reply at a 0-based position in the thread. */
export async function replyIdAt(db: Executor, threadId: number, position: number): Promise<number | undefined> {
  const [row] = await db
    .select({ id: posts.id })
    .from(posts)
    .where(and(eq(posts.threadId, threadId), eq(posts.isOpening, false)))
    .orderBy(asc(posts.id))
    .offset(position)
    .limit(1);
  return row?.id;
}

/** Posts changed after the thread's seq `after`, oldest change first. */
export async function listChangedAfter(db: Executor, threadId: number, after: number) {
  return selectPosts(db)
    .where(and(eq(posts.threadId, threadId), gt(posts.seq, after)))
    .orderBy(asc(posts.seq));
}

/** Posts changed at or after a moment (the older, clock-based catch-up). */
export async function listChangedSince(db: Executor, threadId: number, since: Date) {
  return selectPosts(db)
    .where(and(eq(posts.threadId, threadId), gte(posts.updatedAt, since)))
    .orderBy(asc(posts.id));
}

export async function insertPost(db: Executor, row: typeof posts.$inferInsert): Promise<PostRow> {
  const rows = await db.insert(posts).values(row).returning(postColumns);
  return rows[0]!;
}

export async function updatePostBody(
  db: Executor,
  id: number,
  edit: { body: string; bodyHtml: string; language: string; editedBy: number; seq: number },
): Promise<void> {
  await db
    .update(posts)
    .set({ ...edit, editedAt: sql`now()`, updatedAt: sql`now()`, version: sql`${posts.version} + 1` })
    .where(eq(posts.id, id));
}

export async function softDeletePost(db: Executor, id: number, deletedBy: number, seq: number): Promise<void> {
  await db
    .update(posts)
    .set({ deletedAt: sql`now()`, deletedBy, seq, updatedAt: sql`now()`, version: sql`${posts.version} + 1` })
    .where(eq(posts.id, id));
}

/** Hides a post (who, why) or shows it again (null); a change of the thread like an edit. */
export async function setPostHidden(db: Executor, id: number, hidden: { by: number; reason: string | null } | null, seq: number): Promise<void> {
  await db
    .update(posts)
    .set({
      hiddenAt: hidden ? sql`now()` : null,
      hiddenBy: hidden?.by ?? null,
      hiddenReason: hidden?.reason ?? null,
      seq,
      updatedAt: sql`now()`,
      version: sql`${posts.version} + 1`,
    })
    .where(eq(posts.id, id));
}

export async function insertRevision(db: Executor, row: typeof postRevisions.$inferInsert): Promise<void> {
  await db.insert(postRevisions).values(row);
}

const editors = alias(users, 'editors');
const editorCities = alias(cities, 'editor_cities');

export async function listRevisions(db: Executor, postId: number) {
  return db
    .select({
      revision: postRevisions,
      editorId: editors.id,
      editorName: editors.displayName,
      editorRole: editors.role,
      editorCitySlug: editorCities.slug,
      editorCityName: editorCities.name,
    })
    .from(postRevisions)
    .leftJoin(editors, eq(editors.id, postRevisions.editorId))
    .leftJoin(editorCities, eq(editorCities.id, editors.cityId))
    .where(eq(postRevisions.postId, postId))
    .orderBy(desc(postRevisions.createdAt), desc(postRevisions.id));
}
