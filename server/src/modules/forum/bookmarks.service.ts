import { type Bookmark, BookmarkInput } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, readableThreadAndPostSql, requireForumReader } from '../../policy/index.ts';
import { authorOf } from '../users/index.ts';
import { deleteBookmark, listBookmarks, saveBookmark } from './bookmarks.repo.ts';
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
      const rows = await listBookmarks(db, user.id, readableThreadAndPostSql(user), BOOKMARKS_MAX);
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
      await saveBookmark(db, { userId: user.id, postId, note });
    },

    async remove(actor: Actor, postId: number): Promise<void> {
      const user = requireForumReader(actor);
      await deleteBookmark(db, user.id, postId);
    },
  };
}
export type Bookmarks = ReturnType<typeof createBookmarks>;
