import { type Post, rooms, type ThreadStatus } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { NotFound } from '../../lib/errors.ts';
import { type Actor, canSeeThread, type PostAudience, postAudience, requireCategoryReader, threadPermissions } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { DocumentsService } from '../documents/index.ts';
import type { CategoryRow } from './categories.repo.ts';
import { threadMarks, toPost } from './forum.mapper.ts';
import { personalMarks } from './helpful.repo.ts';
import { findPost, type PostWithAuthor } from './posts.repo.ts';
import { findThread, type ThreadRow } from './threads.repo.ts';

type ThreadWithPlace = NonNullable<Awaited<ReturnType<typeof findThread>>>;

/** What the forum needs of the library: showing and linking documents under posts. */
export type PostDocuments = Pick<DocumentsService, 'attachmentsFor' | 'attach'>;

/**
 * How threads and posts are loaded for an actor and shown to them and to the thread's room: the
 * forum's use cases and its moderation tools share these.
 */
export function createForumViews(deps: { db: Db; publisher: Publisher; documents: PostDocuments }) {
  const { db, publisher, documents } = deps;

  /** Posts of one thread as the actor sees them, with what the actor may do with each. */
  async function toPosts(actor: Actor, rows: PostWithAuthor[], category: CategoryRow): Promise<Post[]> {
    const ids = rows.map((r) => r.post.id);
    const [attachments, marks] = await Promise.all([documents.attachmentsFor(actor, ids), actor ? personalMarks(db, actor.id, ids) : null]);
    return rows.map((r) =>
      toPost(r, postAudience(actor, r.post, category), attachments.get(r.post.id), {
        helpful: marks?.helpful.has(r.post.id) ?? false,
        bookmarked: marks?.bookmarked.has(r.post.id) ?? false,
      }),
    );
  }

  /** A thread's moderation state with what the actor may do with it. */
  function statusOf(actor: Actor, thread: ThreadRow, category: CategoryRow): ThreadStatus {
    return {
      id: thread.id,
      hidden: thread.hiddenAt !== null,
      lockReason: thread.lockedAt !== null ? thread.lockReason : null,
      ...threadMarks(thread),
      acceptedPostId: thread.acceptedPostId,
      permissions: threadPermissions(actor, thread, category),
    };
  }

  /**
   * A thread in a category the actor reads; a working group's threads are missing to outsiders.
   * A merged thread is missing too, but to a reader who `follows` it leads to where it was merged.
   */
  async function loadThread(actor: Actor, id: number, follows = false): Promise<ThreadWithPlace> {
    const row = await findThread(db, id);
    requireCategoryReader(actor, row?.category, 'Thread');
    if (row!.thread.mergedIntoId !== null) {
      if (follows) return loadThread(actor, row!.thread.mergedIntoId, true);
      throw NotFound('Thread');
    }
    if (!canSeeThread(actor, row!.thread, row!.category)) throw NotFound('Thread');
    return row!;
  }

  return {
    toPosts,
    statusOf,

    loadThread,

    /** A post with its thread's category, under the same rule as its thread. */
    async loadPost(actor: Actor, id: number) {
      const row = await findPost(db, id);
      const thread = row && (await findThread(db, row.post.threadId));
      requireCategoryReader(actor, thread?.category, 'Post');
      if (!canSeeThread(actor, thread!.thread, thread!.category)) throw NotFound('Post');
      return { ...row!, category: thread!.category };
    },

    /**
     * A changed post for its writer, and announced to the thread's room: each reader gets the copy
     * for their audience — the author and the thread's moderators may change it and see it when
     * hidden, others not.
     */
    async announcePost(actor: Actor, id: number, category: { groupId: number | null }, event: 'post:created' | 'post:updated' | 'post:deleted'): Promise<Post> {
      const row = (await findPost(db, id))!;
      const attachments = (await documents.attachmentsFor(actor, [id])).get(id);
      const copy = (audience: PostAudience) => toPost(row, audience, attachments);
      const { threadId, authorId } = row.post;
      const moderators = rooms.threadModerators(threadId);
      const authorRoom = rooms.user(authorId);
      publisher.toRoomExcept(rooms.thread(threadId), [moderators, authorRoom], event, copy('reader'));
      publisher.toRoomExcept(moderators, [authorRoom], event, copy('moderator'));
      publisher.toRoom(authorRoom, event, copy('author'));
      return copy(postAudience(actor, row.post, category));
    },

    /**
     * Tells the thread's room that its moderation state changed: each page asks for the state with
     * its own rights (`GET /api/threads/:id/status`), which differ by reader.
     */
    announceThread(threadId: number): void {
      publisher.toRoom(rooms.thread(threadId), 'thread:updated', { id: threadId });
    },
  };
}
export type ForumViews = ReturnType<typeof createForumViews>;
