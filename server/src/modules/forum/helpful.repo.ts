import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { inIds } from '../../db/in-ids.ts';
import { bookmarks, postHelpful, posts } from '../../db/schema/index.ts';

/** Which of these posts the member marked helpful, and which they bookmarked. */
export async function personalMarks(db: Executor, userId: number, postIds: number[]): Promise<{ helpful: Set<number>; bookmarked: Set<number> }> {
  if (!postIds.length) return { helpful: new Set(), bookmarked: new Set() };
  const [helpful, kept] = await Promise.all([
    db
      .select({ postId: postHelpful.postId })
      .from(postHelpful)
      .where(and(eq(postHelpful.userId, userId), inIds(postHelpful.postId, postIds))),
    db
      .select({ postId: bookmarks.postId })
      .from(bookmarks)
      .where(and(eq(bookmarks.userId, userId), inIds(bookmarks.postId, postIds))),
  ]);
  return { helpful: new Set(helpful.map((r) => r.postId)), bookmarked: new Set(kept.map((r) => r.postId)) };
}

/** Adds or removes the member's mark and keeps the post's count with it; answers the new count. */
export async function setHelpful(db: Executor, userId: number, postId: number, marked: boolean): Promise<number> {
  const changed = marked
    ? await db.insert(postHelpful).values({ postId, userId }).onConflictDoNothing().returning({ postId: postHelpful.postId })
    : await db
        .delete(postHelpful)
        .where(and(eq(postHelpful.postId, postId), eq(postHelpful.userId, userId)))
        .returning({ postId: postHelpful.postId });
  const [row] = await db
    .update(posts)
    .set({ helpfulCount: sql`${posts.helpfulCount} + ${changed.length ? (marked ? 1 : -1) : 0}` })
    .where(eq(posts.id, postId))
    .returning({ helpfulCount: posts.helpfulCount });
  return row!.helpfulCount;
}
