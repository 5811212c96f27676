import { AcceptInput, type HelpfulCount, rooms, type ThreadStatus } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { Forbidden, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, postAudience, postPermissions, requireMember, threadPermissions } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { createForumViews, type PostDocuments } from './forum.views.ts';
import { setHelpful } from './helpful.repo.ts';
import { bumpThreadSeq, updateThreadState } from './threads.repo.ts';

/**
 * Questions that get answered: the asker, the thread's moderators or a lead of its group accept
 * one reply as the answer (and may change it); members mark replies helpful. Both are told live.
 */
export function createAnswers(deps: { db: Db; publisher: Publisher; documents: PostDocuments }) {
  const { db, publisher } = deps;
  const views = createForumViews(deps);

  /** A reply the actor may read, fit to be an answer or marked helpful: not the opening post, not deleted or hidden. */
  async function loadReply(actor: Actor, postId: number) {
    const existing = await views.loadPost(actor, postId);
    if (existing.post.isOpening) throw ValidationError({ postId: 'The question itself cannot be its answer or marked helpful: choose a reply.' });
    if (existing.post.deletedAt || existing.post.hiddenAt) throw ValidationError({ postId: 'This reply was deleted or hidden.' });
    return existing;
  }

  async function setAccepted(actor: Actor, postId: number, accept: boolean, input: unknown): Promise<ThreadStatus> {
    const user = requireMember(actor);
    const { threadId } = parseInput(AcceptInput, input ?? {});
    const existing = accept ? await loadReply(actor, postId) : await views.loadPost(actor, postId);
    if (threadId !== undefined && threadId !== existing.post.threadId) throw ValidationError({ threadId: 'This reply belongs to another thread.' });
    const row = await views.loadThread(actor, existing.post.threadId);
    if (row.thread.kind !== 'question') throw ValidationError({ postId: 'Only a question has an accepted answer.' });
    if (!threadPermissions(user, row.thread, row.category).canAccept) {
      throw Forbidden('Only the person who asked, the moderators and the group’s leads accept an answer.');
    }
    const change = accept
      ? { acceptedPostId: postId, acceptedAt: new Date(), acceptedBy: user.id }
      : row.thread.acceptedPostId === postId
        ? { acceptedPostId: null, acceptedAt: null, acceptedBy: null }
        : null;
    if (change) {
      await db.transaction(async (tx) => {
        await bumpThreadSeq(tx, row.thread.id);
        await updateThreadState(tx, row.thread.id, change);
      });
      views.announceThread(row.thread.id);
    }
    const changed = await views.loadThread(actor, row.thread.id);
    return views.statusOf(actor, changed.thread, changed.category);
  }

  async function mark(actor: Actor, postId: number, marked: boolean): Promise<HelpfulCount & { markedHelpful: boolean }> {
    const user = requireMember(actor);
    const existing = await loadReply(actor, postId);
    const audience = postAudience(user, existing.post, existing.category);
    if (!postPermissions(audience, existing.post, false).canMarkHelpful) throw ValidationError({ postId: 'Your own reply cannot be marked helpful by you.' });
    const helpfulCount = await db.transaction((tx) => setHelpful(tx, user.id, postId, marked));
    const count = { postId, threadId: existing.post.threadId, helpfulCount };
    publisher.toRoom(rooms.thread(existing.post.threadId), 'post:helpful', count);
    return { ...count, markedHelpful: marked };
  }

  return {
    accept: (actor: Actor, postId: number, input: unknown) => setAccepted(actor, postId, true, input),
    /** Takes the mark off, if this reply is the accepted one; otherwise changes nothing. */
    unaccept: (actor: Actor, postId: number) => setAccepted(actor, postId, false, {}),
    markHelpful: (actor: Actor, postId: number) => mark(actor, postId, true),
    unmarkHelpful: (actor: Actor, postId: number) => mark(actor, postId, false),
  };
}
export type Answers = ReturnType<typeof createAnswers>;
