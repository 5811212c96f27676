import { type Bookmark, BookmarkInput } from '@praxisnetz/shared';
import { and, desc, eq, isNull, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { bookmarks, cities, posts, threads, users } from '../../db/schema/index.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, readableThreadAndPostSql, requireForumReader } from '../../policy/index.ts';
import { authorColumns, authorOf } from '../users/index.ts';
import { createForumViews, type PostDocuments } from './forum.views.ts';
import type { Publisher } from '../../realtime/publisher.ts';

const EXCERPT = 200;
const BOOKMARKS_MAX = 200;

/** Posts a member keeps, with a note: listed under the account, only while the member may read them. */
export function createBookmarks(deps: { db: Db; publisher: Publisher; documents: PostDocuments }) {
  const { db } = deps;
  const views = createForumViews(deps);
  return {
    async list(actor: Actor): Promise<Bookmark[]> {
      const user = requireForumReader(actor);
      const readable = readableThreadAndPostSql(user);
      const rows = await db
        .select({ bookmark: bookmarks, threadId: threads.id, threadTitle: threads.title, body: posts.body, ...authorColumns })
        .from(bookmarks)
        .innerJoin(posts, eq(posts.id, bookmarks.postId))
        .innerJoin(threads, eq(threads.id, posts.threadId))
        .innerJoin(users, eq(users.id, posts.authorId))
        .leftJoin(cities, eq(cities.id, users.cityId))
        .where(and(eq(bookmarks.userId, user.id), isNull(posts.deletedAt), isNull(posts.hiddenAt), readable.threads, readable.posts))
        .orderBy(desc(bookmarks.createdAt))
        .limit(BOOKMARKS_MAX);
      return rows.map((r) => ({
        postId: r.bookmark.postId,
        threadId: r.threadId,
        threadTitle: r.threadTitle,
        author: authorOf(r),
        excerpt: r.body.length > EXCERPT ? `${r.body.slice(0, EXCERPT)}…` : r.body,
        note: r.bookmark.note,
        createdAt: r.bookmark.createdAt.toISOString(),
      }));
    },

    /** Keeps the post (or changes the note of one kept). */
    async save(actor: Actor, postId: number, input: unknown): Promise<void> {
      const user = requireForumReader(actor);
      const { note } = parseInput(BookmarkInput, input ?? {});
      await views.loadPost(actor, postId);
      await db
        .insert(bookmarks)
        .values({ userId: user.id, postId, note })
        .onConflictDoUpdate({ target: [bookmarks.userId, bookmarks.postId], set: { note: sql`excluded.note` } });
    },

    async remove(actor: Actor, postId: number): Promise<void> {
      const user = requireForumReader(actor);
      await db.delete(bookmarks).where(and(eq(bookmarks.userId, user.id), eq(bookmarks.postId, postId)));
    },
  };
}
export type Bookmarks = ReturnType<typeof createBookmarks>;
