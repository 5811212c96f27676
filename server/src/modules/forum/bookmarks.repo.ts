import { and, desc, eq, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { bookmarks, cities, posts, threads, users } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

/** The member's bookmarks of posts still shown and readable (`readable`: the forum policy's conditions), newest first. */
export async function listBookmarks(db: Executor, userId: number, readable: { threads: SQL; posts: SQL }, limit: number) {
  return db
    .select({ bookmark: bookmarks, threadId: threads.id, threadTitle: threads.title, body: posts.body, ...authorColumns })
    .from(bookmarks)
    .innerJoin(posts, eq(posts.id, bookmarks.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(users, eq(users.id, posts.authorId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(and(eq(bookmarks.userId, userId), isNull(posts.deletedAt), isNull(posts.hiddenAt), readable.threads, readable.posts))
    .orderBy(desc(bookmarks.createdAt))
    .limit(limit);
}

/** Keeps the post (or changes the note of one kept). */
export async function saveBookmark(db: Executor, row: { userId: number; postId: number; note: string }): Promise<void> {
  await db
    .insert(bookmarks)
    .values(row)
    .onConflictDoUpdate({ target: [bookmarks.userId, bookmarks.postId], set: { note: sql`excluded.note` } });
}

export async function deleteBookmark(db: Executor, userId: number, postId: number): Promise<void> {
  await db.delete(bookmarks).where(and(eq(bookmarks.userId, userId), eq(bookmarks.postId, postId)));
}
