import { type Author, ThreadMergeInput, ThreadMoveInput, ThreadSplitInput, type ThreadStatus } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { ValidationError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, canModerateCategory, canReadCategory, categoryReadersSql, requireThreadModerator } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { recordModeration } from '../moderation/index.ts';
import { authorOf } from '../users/index.ts';
import { type CategoryRow, findCategoryBySlug, listAllCategories } from './categories.repo.ts';
import { categoryRefOf } from './forum.mapper.ts';
import { createForumViews, type PostDocuments } from './forum.views.ts';
import { findParticipantsOutside, findReplies, movePosts, moveWatches, recountThread } from './thread-moves.repo.ts';
import { bumpThreadSeq, insertThread, updateThreadState } from './threads.repo.ts';

/** A place a thread can be moved to; `groupName` for a group's space. */
export type MoveTarget = MovePreview['to'] & { groupName: string | null };

/** What moving a thread changes for its readers, said before the move is confirmed. */
export interface MovePreview {
  from: { slug: string; name: { de: string; en: string; fr: string }; groupId: number | null };
  to: { slug: string; name: { de: string; en: string; fr: string }; groupId: number | null };
  /** the target is read by people who could not read the thread before (a group's thread into the open forum) */
  wider: boolean;
  /** people who wrote in the thread and will no longer read it */
  losing: Author[];
}

const placeOf = (c: CategoryRow) => ({ ...categoryRefOf(c), groupId: c.groupId });

/**
 * Moving a thread to another category (also into and out of a group's space), merging one thread
 * into another, and splitting replies off into a new thread: a thread's moderators do each in one
 * transaction, logged, and open pages hear of it. The actor must moderate both places involved.
 */
export function createThreadMoves(deps: { db: Db; publisher: Publisher; documents: PostDocuments }) {
  const { db } = deps;
  const views = createForumViews(deps);

  /** The thread and the category it would go to, each moderated by the actor. */
  async function movable(actor: Actor, threadId: number, categorySlug: string) {
    const row = await views.loadThread(actor, threadId);
    const user = requireThreadModerator(actor, row.category);
    const target = await findCategoryBySlug(db, categorySlug);
    if (!target || !canReadCategory(user, target)) throw ValidationError({ categorySlug: 'Choose a category from the list.' });
    requireThreadModerator(user, target);
    if (target.id === row.category.id) throw ValidationError({ categorySlug: 'The thread is in this category already.' });
    return { row, user, target };
  }

  return {
    /** Where the actor may move the thread: the categories and group spaces they moderate, but its own. */
    async moveTargets(actor: Actor, threadId: number): Promise<MoveTarget[]> {
      const row = await views.loadThread(actor, threadId);
      const user = requireThreadModerator(actor, row.category);
      return (await listAllCategories(db))
        .filter((r) => r.category.id !== row.category.id && canModerateCategory(user, r.category))
        .map((r) => ({ ...placeOf(r.category), groupName: r.groupName }));
    },

    async previewMove(actor: Actor, threadId: number, input: unknown): Promise<MovePreview> {
      const { categorySlug } = parseInput(ThreadMoveInput, input);
      const { row, target } = await movable(actor, threadId, categorySlug);
      const losing = await findParticipantsOutside(db, threadId, categoryReadersSql(target));
      return { from: placeOf(row.category), to: placeOf(target), wider: row.category.groupId !== null && target.groupId !== row.category.groupId, losing: losing.map(authorOf) };
    },

    async move(actor: Actor, threadId: number, input: unknown): Promise<ThreadStatus> {
      const { categorySlug } = parseInput(ThreadMoveInput, input);
      const { row, user, target } = await movable(actor, threadId, categorySlug);
      await db.transaction(async (tx) => {
        await updateThreadState(tx, threadId, { categoryId: target.id });
        await recordModeration(tx, {
          actorId: user.id,
          action: 'thread.move',
          threadId,
          groupId: target.groupId ?? row.category.groupId,
          details: { from: row.category.slug, to: target.slug },
        });
      });
      views.announceThread(threadId);
      const moved = await views.loadThread(actor, threadId);
      return views.statusOf(actor, moved.thread, moved.category);
    },

    /** The thread's posts join the other thread, in the order they were written; its address leads there. */
    async merge(actor: Actor, threadId: number, input: unknown): Promise<{ threadId: number }> {
      const { intoThreadId } = parseInput(ThreadMergeInput, input);
      if (intoThreadId === threadId) throw ValidationError({ intoThreadId: 'A thread cannot be merged into itself.' });
      const source = await views.loadThread(actor, threadId);
      const user = requireThreadModerator(actor, source.category);
      const target = await views.loadThread(actor, intoThreadId).catch(() => {
        throw ValidationError({ intoThreadId: 'Choose a thread you moderate.' });
      });
      requireThreadModerator(user, target.category);
      await db.transaction(async (tx) => {
        await bumpThreadSeq(tx, threadId);
        const seq = await bumpThreadSeq(tx, intoThreadId);
        await movePosts(tx, { fromThread: threadId, to: intoThreadId, seq });
        await moveWatches(tx, threadId, intoThreadId);
        await updateThreadState(tx, threadId, { mergedIntoId: intoThreadId, pinScope: null, pinnedUntil: null });
        await recountThread(tx, threadId);
        await recountThread(tx, intoThreadId);
        await recordModeration(tx, {
          actorId: user.id,
          action: 'thread.merge',
          threadId: intoThreadId,
          groupId: target.category.groupId ?? source.category.groupId,
          details: { from: threadId, title: source.thread.title },
        });
      });
      views.announceThread(threadId);
      views.announceThread(intoThreadId);
      return { threadId: intoThreadId };
    },

    /** Selected replies become a new thread in the same category; the first of them opens it. */
    async split(actor: Actor, threadId: number, input: unknown): Promise<{ threadId: number }> {
      const data = parseInput(ThreadSplitInput, input);
      const source = await views.loadThread(actor, threadId);
      const user = requireThreadModerator(actor, source.category);
      const newId = await db.transaction(async (tx) => splitOff(tx, source.thread.id, source.category, data, user.id));
      views.announceThread(threadId);
      return { threadId: newId };
    },
  };

  async function splitOff(tx: Executor, threadId: number, category: CategoryRow, data: ThreadSplitInput, moderatorId: number): Promise<number> {
    const replies = await findReplies(tx, threadId, data.postIds);
    if (replies.length !== new Set(data.postIds).size) throw ValidationError({ postIds: 'Choose replies of this thread (not its opening post).' });
    const first = replies[0]!;
    await bumpThreadSeq(tx, threadId);
    const created = await insertThread(tx, {
      categoryId: category.id,
      authorId: first.authorId,
      title: data.title,
      slug: slugify(data.title) || 'thema',
      language: first.language,
      seq: 1,
    });
    await movePosts(tx, { postIds: data.postIds, opening: first.id, to: created.id, seq: 1 });
    await recountThread(tx, threadId);
    await recountThread(tx, created.id);
    await recordModeration(tx, {
      actorId: moderatorId,
      action: 'thread.split',
      threadId: created.id,
      groupId: category.groupId,
      details: { from: threadId, posts: replies.map((r) => r.id) },
    });
    return created.id;
  }
}
export type ThreadMoves = ReturnType<typeof createThreadMoves>;
