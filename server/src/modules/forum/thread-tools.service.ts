import { HideInput, LockInput, PinInput, type Post, PracticeMarkInput, ThreadEditInput, type ThreadStatus } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { endOfNetworkDay } from '../../lib/network-time.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, postAudience, postPermissions, requireThreadModerator, requireThreadRenamer } from '../../policy/index.ts';
import { slugify } from '../../lib/slug.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { recordModeration } from '../moderation/index.ts';
import { setThreadTopics, topicIdsOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import { createForumViews, type PostDocuments } from './forum.views.ts';
import { setPostHidden } from './posts.repo.ts';
import { bumpThreadSeq, updateThreadState } from './threads.repo.ts';

/** The end of a pin: a day's end in network time, or the moment given; it must lie ahead. */
function pinEnd(until: string | undefined): Date | null {
  if (until === undefined) return null;
  const end = until.includes('T') ? new Date(until) : endOfNetworkDay(until);
  if (end.getTime() <= Date.now()) throw ValidationError({ until: 'Choose a day or moment in the future.' });
  return end;
}

/**
 * A thread's moderators' tools: lock and unlock, pin and unpin, hide and show a reply. Each is one
 * transaction with its entry in the moderation log, and is announced to open pages.
 */
export function createThreadTools(deps: { db: Db; publisher: Publisher; documents: PostDocuments }) {
  const { db } = deps;
  const views = createForumViews(deps);

  /** Changes the thread as one of its moderators, logs it, and tells open pages. */
  async function change(actor: Actor, threadId: number, act: (tx: Executor, moderatorId: number, groupId: number | null) => Promise<void>): Promise<ThreadStatus> {
    const row = await views.loadThread(actor, threadId);
    const user = requireThreadModerator(actor, row.category);
    await db.transaction((tx) => act(tx, user.id, row.category.groupId));
    views.announceThread(threadId);
    const changed = await views.loadThread(actor, threadId);
    return views.statusOf(actor, changed.thread, changed.category);
  }

  /** Hides a reply or shows it again, as a moderator of its thread. */
  async function setHidden(actor: Actor, postId: number, input: unknown, hide: boolean): Promise<Post> {
    const existing = await views.loadPost(actor, postId);
    if (existing.post.deletedAt) throw NotFound('Post');
    const audience = postAudience(actor, existing.post, existing.category);
    if (!postPermissions(audience, existing.post, false).canHide) throw Forbidden('Only the moderators of this thread may hide or show its posts.');
    const { reason } = parseInput(HideInput, input ?? {});
    const moderatorId = actor!.id;
    await db.transaction(async (tx) => {
      const seq = await bumpThreadSeq(tx, existing.post.threadId);
      await setPostHidden(tx, postId, hide ? { by: moderatorId, reason: reason || null } : null, seq);
      await recordModeration(tx, {
        actorId: moderatorId,
        action: hide ? 'post.hide' : 'post.unhide',
        threadId: existing.post.threadId,
        postId,
        groupId: existing.category.groupId,
        targetUserId: existing.post.authorId,
        details: reason ? { reason } : {},
      });
    });
    return views.announcePost(actor, postId, existing.category, 'post:updated');
  }

  return {
    async lock(actor: Actor, threadId: number, input: unknown): Promise<ThreadStatus> {
      const { reason, resolved } = parseInput(LockInput, input ?? {});
      return change(actor, threadId, async (tx, moderatorId, groupId) => {
        const at = new Date();
        await updateThreadState(tx, threadId, { lockedAt: at, lockedBy: moderatorId, lockReason: reason || null, resolvedAt: resolved ? at : null });
        await recordModeration(tx, { actorId: moderatorId, action: 'thread.lock', threadId, groupId, details: { ...(reason ? { reason } : {}), ...(resolved ? { resolved } : {}) } });
      });
    },

    async unlock(actor: Actor, threadId: number): Promise<ThreadStatus> {
      return change(actor, threadId, async (tx, moderatorId, groupId) => {
        await updateThreadState(tx, threadId, { lockedAt: null, lockedBy: null, lockReason: null, resolvedAt: null });
        await recordModeration(tx, { actorId: moderatorId, action: 'thread.unlock', threadId, groupId });
      });
    },

    /** In its category, or — for network staff — above every list; until a day or moment, or until unpinned. */
    async pin(actor: Actor, threadId: number, input: unknown): Promise<ThreadStatus> {
      const { scope, until } = parseInput(PinInput, input ?? {});
      const row = await views.loadThread(actor, threadId);
      requireThreadModerator(actor, row.category);
      if (scope === 'global' && !views.statusOf(actor, row.thread, row.category).permissions.canPinGlobally) {
        throw Forbidden('Only network moderators and administrators pin above every list.');
      }
      const end = pinEnd(until);
      return change(actor, threadId, async (tx, moderatorId, groupId) => {
        await updateThreadState(tx, threadId, { pinScope: scope, pinnedUntil: end });
        await recordModeration(tx, { actorId: moderatorId, action: 'thread.pin', threadId, groupId, details: { scope, until: end?.toISOString() ?? null } });
      });
    },

    /** A new title or new topics, by its author or its moderators (a moderator's change of another's thread is logged). */
    async edit(actor: Actor, threadId: number, input: unknown): Promise<ThreadStatus> {
      const row = await views.loadThread(actor, threadId);
      const user = requireThreadRenamer(actor, row.thread, row.category);
      const { title, topics } = parseInput(ThreadEditInput, input);
      const topicIds = topics && (await topicIdsOf(db, topics));
      if (topicIds === null) throw ValidationError({ topics: UNKNOWN_TOPIC });
      const byModerator = user.id !== row.thread.authorId;
      await db.transaction(async (tx) => {
        if (title !== undefined && title !== row.thread.title) {
          await updateThreadState(tx, threadId, { title, slug: slugify(title) || 'thema' });
          if (byModerator) {
            await recordModeration(tx, { actorId: user.id, action: 'thread.rename', threadId, groupId: row.category.groupId, targetUserId: row.thread.authorId, details: { from: row.thread.title, to: title } });
          }
        }
        if (topicIds) {
          await setThreadTopics(tx, threadId, topicIds);
          if (byModerator) {
            await recordModeration(tx, { actorId: user.id, action: 'thread.topics', threadId, groupId: row.category.groupId, targetUserId: row.thread.authorId, details: { topics: topics!.join(', ') } });
          }
        }
      });
      views.announceThread(threadId);
      const edited = await views.loadThread(actor, threadId);
      return views.statusOf(actor, edited.thread, edited.category);
    },

    async unpin(actor: Actor, threadId: number): Promise<ThreadStatus> {
      return change(actor, threadId, async (tx, moderatorId, groupId) => {
        await updateThreadState(tx, threadId, { pinScope: null, pinnedUntil: null });
        await recordModeration(tx, { actorId: moderatorId, action: 'thread.unpin', threadId, groupId });
      });
    },

    /** Marks it as a practice example with a summary, or (null) takes the mark away. */
    async setPractice(actor: Actor, threadId: number, input: unknown | null): Promise<ThreadStatus> {
      const summary = input === null ? null : parseInput(PracticeMarkInput, input).summary;
      return change(actor, threadId, async (tx, moderatorId, groupId) => {
        await updateThreadState(tx, threadId, summary === null ? { practiceAt: null, practiceBy: null, practiceSummary: null } : { practiceAt: new Date(), practiceBy: moderatorId, practiceSummary: summary });
        await recordModeration(tx, { actorId: moderatorId, action: summary === null ? 'thread.practice_remove' : 'thread.practice', threadId, groupId, details: summary ? { summary } : {} });
      });
    },

    hidePost: (actor: Actor, postId: number, input: unknown) => setHidden(actor, postId, input, true),
    unhidePost: (actor: Actor, postId: number) => setHidden(actor, postId, {}, false),
  };
}
export type ThreadTools = ReturnType<typeof createThreadTools>;
