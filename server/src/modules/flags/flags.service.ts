import {
  type Flag,
  FlagInput,
  type FlagOutcome,
  FlagQueueQuery,
  type FlagQueueItem,
  type FlaggedItem,
  type FlagTarget,
  type MyFlag,
  ResolveFlagInput,
  rooms,
} from '@praxisnetz/shared';
import type { Db, Executor, Tx } from '../../db/client.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import {
  type Actor,
  canReadCategory,
  canReadDocument,
  canSeeQuestion,
  canReviewFlags,
  canSeeThread,
  canSuspendAuthor,
  canWarnAuthor,
  flagReviewersSql,
  isStaff,
  requireMember,
  reviewableFlagsSql,
} from '../../policy/index.ts';
import { updateDocument } from '../documents/index.ts';
import { bumpThreadSeq, type ForumViews, setPostHidden, softDeletePost, updateThreadState } from '../forum/index.ts';
import { recordModeration } from '../moderation/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { authorOf, findUserIds } from '../users/index.ts';
import { logError } from '../../lib/log.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { describeItems, type ItemFacts, itemKey } from './flagged-items.repo.ts';
import { authorRecords, countOpenFlags, countOpenItems, findAuthors, findFlag, type FlagRow, insertFlag, listFlags, listFlagsOf, resolveOpenFlags } from './flags.repo.ts';

const QUEUE_FLAGS_MAX = 500;
const MY_FLAGS_MAX = 100;

/**
 * What each kind of item allows beyond keeping it: posts are hidden or deleted, threads hidden,
 * documents deleted (from the library); a live question hidden or removed is dismissed from its room.
 */
const OUTCOMES: Record<FlagTarget, FlagOutcome[]> = { post: ['keep', 'hide', 'delete'], thread: ['keep', 'hide'], document: ['keep', 'delete'], question: ['keep', 'hide', 'delete'] };
/** Flags hide these kinds of item pending review. */
const HIDDEN_BY_FLAGS: FlagTarget[] = ['post', 'thread'];

/** Whether the member may see the item at all (then they may flag it); the same rules as its own pages. */
function canSee(actor: Actor, facts: ItemFacts): boolean {
  const a = facts.access;
  if (a.kind === 'forum') return canReadCategory(actor, a.category) && canSeeThread(actor, a.thread, a.category) && !facts.deleted;
  if (a.kind === 'document') return canReadDocument(actor, a.doc);
  return canSeeQuestion(actor, a.session, { status: a.status, authorId: facts.authorId });
}

const toItem = (facts: ItemFacts, authors: Map<number, FlaggedItem['author']>): FlaggedItem => ({
  type: facts.type,
  id: facts.id,
  title: facts.title,
  excerpt: facts.excerpt,
  author: facts.authorId === null ? null : (authors.get(facts.authorId) ?? null),
  href: facts.href,
  hidden: facts.hidden,
  deleted: facts.deleted,
  group: facts.groupId === null ? null : { id: facts.groupId, name: facts.groupName ?? '' },
});

const toFlagFields = (f: FlagRow) => ({
  id: f.id,
  reason: f.reason,
  note: f.note,
  createdAt: f.createdAt.toISOString(),
  status: f.status,
  outcome: f.outcome,
  resolutionNote: f.resolutionNote,
  resolvedAt: f.resolvedAt?.toISOString() ?? null,
});

/**
 * Flags and the review queue. A member flags what they can see, once; flags from `flagsToHide`
 * members (or one from staff) hide a post or thread pending review. A review resolves all flags on
 * the item with one outcome, tells each flagger and — when it is hidden or removed — its author.
 */
export function createFlagsService(deps: {
  db: Db;
  views: Pick<ForumViews, 'announcePost' | 'announceThread'>;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
  publisher: Publisher;
  flagsToHide: number;
  /** the live rooms' dismissal, which a decision to hide or remove a flagged question joins */
  questions: { dismissQuestion(actor: Actor, id: number, input: { reason: string }, also: (tx: Tx) => Promise<void>): Promise<unknown> };
}) {
  const { db, views, notifications, flagsToHide, publisher, questions } = deps;

  /** After a flag was made or decided: the queues of those who review the item change, live. */
  async function announceQueue(groupId: number | null): Promise<void> {
    for (const id of await findUserIds(db, flagReviewersSql(groupId))) publisher.toRoom(rooms.user(id), 'flags:changed', { groupId });
  }

  /** Hides a post or thread (by a moderator, or by flags pending review) inside the caller's transaction. */
  async function hide(tx: Executor, facts: ItemFacts, by: number, reason: string | null): Promise<void> {
    if (facts.type === 'post') await setPostHidden(tx, facts.id, { by, reason }, await bumpThreadSeq(tx, facts.threadId!));
    else await updateThreadState(tx, facts.id, { hiddenAt: new Date(), hiddenBy: by, hiddenReason: reason });
  }

  async function unhide(tx: Executor, facts: ItemFacts): Promise<void> {
    if (facts.type === 'post') await setPostHidden(tx, facts.id, null, await bumpThreadSeq(tx, facts.threadId!));
    else await updateThreadState(tx, facts.id, { hiddenAt: null, hiddenBy: null, hiddenReason: null });
  }

  /** After the commit: open pages of the thread get the item's new state. */
  async function announce(actor: Actor, facts: ItemFacts): Promise<void> {
    if (facts.access.kind !== 'forum') return;
    if (facts.type === 'post') await views.announcePost(actor, facts.id, facts.access.category, 'post:updated');
    else views.announceThread(facts.id);
  }

  return {
    async flag(actor: Actor, input: unknown): Promise<MyFlag> {
      const user = requireMember(actor);
      const data = parseInput(FlagInput, input);
      const facts = (await describeItems(db, [{ type: data.targetType, id: data.targetId }])).get(itemKey(data.targetType, data.targetId));
      if (!facts || !canSee(user, facts)) throw NotFound('Item');
      const { flag, hidden } = await db.transaction(async (tx) => {
        const flag = await insertFlag(tx, {
          targetType: facts.type,
          targetId: facts.id,
          reporterId: user.id,
          reason: data.reason,
          note: data.note || null,
          groupId: facts.groupId,
          authorId: facts.authorId,
        });
        if (!flag) throw Conflict('You flagged this already; the moderators will review it.', 'already_flagged');
        const due = HIDDEN_BY_FLAGS.includes(facts.type) && !facts.hidden && (isStaff(user) || (await countOpenFlags(tx, facts.type, facts.id)) >= flagsToHide);
        if (due) {
          await hide(tx, facts, user.id, null);
          await recordModeration(tx, {
            actorId: user.id,
            action: `${facts.type}.hide`,
            groupId: facts.groupId,
            threadId: facts.threadId,
            postId: facts.type === 'post' ? facts.id : null,
            targetUserId: facts.authorId,
            details: { byFlags: true },
          });
        }
        return { flag, hidden: due };
      });
      if (hidden) await announce(user, facts);
      await announceQueue(facts.groupId).catch((err: unknown) => logError('announcing the flag queue', err));
      return { ...toFlagFields(flag), item: { type: facts.type, id: facts.id, title: facts.title, href: facts.href } };
    },

    /** The queue: per item, all its flags (newest item first), the item in context and its author's record. */
    async queue(actor: Actor, query: unknown): Promise<{ items: FlagQueueItem[] }> {
      const scope = reviewableFlagsSql(actor);
      const { status } = parseInput(FlagQueueQuery, query ?? {});
      const rows = await listFlags(db, status, scope, QUEUE_FLAGS_MAX);
      const facts = await describeItems(db, rows.map((r) => ({ type: r.flag.targetType, id: r.flag.targetId })));
      const authorIds = [...new Set([...facts.values()].map((f) => f.authorId).filter((id): id is number => id !== null))];
      const [authors, records] = await Promise.all([findAuthors(db, authorIds), authorRecords(db, authorIds)]);
      const authorMap = new Map(authors.map((a) => [a.authorId, authorOf(a)]));
      const groups = new Map<string, FlagQueueItem>();
      for (const r of rows) {
        const key = itemKey(r.flag.targetType, r.flag.targetId);
        const item = facts.get(key);
        if (!item) continue;
        const flag: Flag = { ...toFlagFields(r.flag), reporter: authorOf(r) };
        const entry = groups.get(key);
        if (entry) entry.flags.push(flag);
        else {
          const flagged = toItem(item, authorMap);
          groups.set(key, {
            item: flagged,
            flags: [flag],
            outcomes: OUTCOMES[item.type],
            authorHistory: item.authorId === null ? null : (records.get(item.authorId) ?? null),
            permissions: { canWarn: canWarnAuthor(actor, item.authorId), canSuspendAuthor: canSuspendAuthor(actor, flagged.author) },
          });
        }
      }
      return { items: [...groups.values()] };
    },

    /** How many items await the reviewer (the navigation's count). */
    async openCount(actor: Actor): Promise<number> {
      return countOpenItems(db, reviewableFlagsSql(actor));
    },

    async mine(actor: Actor): Promise<{ items: MyFlag[] }> {
      const user = requireMember(actor);
      const rows = await listFlagsOf(db, user.id, MY_FLAGS_MAX);
      const facts = await describeItems(db, rows.map((r) => ({ type: r.targetType, id: r.targetId })));
      return {
        items: rows.flatMap((r) => {
          const item = facts.get(itemKey(r.targetType, r.targetId));
          return item ? [{ ...toFlagFields(r), item: { type: item.type, id: item.id, title: item.title, href: item.href } }] : [];
        }),
      };
    },

    /** Resolves every open flag on the flag's item with one outcome, as a moderator of the item's space. */
    /** Answers with the outcome and how many flags it resolved. */
    async resolve(actor: Actor, flagId: number, input: unknown): Promise<{ outcome: FlagOutcome; resolved: number }> {
      const user = requireMember(actor);
      const flag = await findFlag(db, flagId);
      if (!flag || !canReviewFlags(user, flag.groupId)) throw NotFound('Flag');
      const { outcome, note, warn } = parseInput(ResolveFlagInput, input);
      const facts = (await describeItems(db, [{ type: flag.targetType, id: flag.targetId }])).get(itemKey(flag.targetType, flag.targetId));
      if (!facts) throw NotFound('Item');
      if (!OUTCOMES[facts.type].includes(outcome)) throw ValidationError({ outcome: `From the queue a ${facts.type} can be: ${OUTCOMES[facts.type].join(', ')}.` });
      if (warn && !canWarnAuthor(user, facts.authorId)) throw ValidationError({ warn: 'This item has no author to warn.' });
      const reason = note || null;
      const settle = async (tx: Executor) => {
        const reporters = await resolveOpenFlags(tx, facts.type, facts.id, { outcome, note: reason, by: user.id });
        if (reporters.length === 0) throw Conflict('These flags were reviewed already.', 'conflict');
        if (outcome === 'keep' && facts.hidden && HIDDEN_BY_FLAGS.includes(facts.type)) await unhide(tx, facts);
        if (outcome === 'hide' && HIDDEN_BY_FLAGS.includes(facts.type)) await hide(tx, facts, user.id, reason);
        if (outcome === 'delete' && facts.type === 'post') await softDeletePost(tx, facts.id, user.id, await bumpThreadSeq(tx, facts.threadId!));
        if (outcome === 'delete' && facts.type === 'document') await updateDocument(tx, facts.id, { deletedAt: new Date(), deletedBy: user.id });
        await recordModeration(tx, {
          actorId: user.id,
          action: 'flag.resolve',
          groupId: facts.groupId,
          threadId: facts.threadId,
          postId: facts.type === 'post' ? facts.id : null,
          targetUserId: facts.authorId,
          details: { target: facts.type, id: facts.id, outcome, flags: reporters.length, ...(reason ? { note: reason } : {}) },
        });
        const refs = {
          threadId: facts.threadId ?? undefined,
          postId: facts.type === 'post' ? facts.id : undefined,
          documentId: facts.type === 'document' ? facts.id : undefined,
          actorId: user.id,
        };
        const about = { title: facts.title, path: '/me/flags' };
        const told = await notifications.tell(tx, 'flag_resolved', reporters, refs, about);
        if (outcome !== 'keep' && facts.authorId !== null) {
          const kind = outcome === 'hide' ? 'content_hidden' : 'content_removed';
          const path = facts.type === 'post' && outcome === 'hide' ? `/posts/${facts.id}` : facts.href;
          told.push(...(await notifications.tell(tx, kind, [facts.authorId], refs, { title: facts.title, path, quote: reason ?? undefined })));
        }
        if (warn && facts.authorId !== null) {
          await recordModeration(tx, {
            actorId: user.id,
            action: 'user.warn',
            groupId: facts.groupId,
            threadId: facts.threadId,
            postId: facts.type === 'post' ? facts.id : null,
            targetUserId: facts.authorId,
            details: { target: facts.type, id: facts.id, note: reason },
          });
          // The warning's words wait on the member's account page.
          told.push(...(await notifications.tell(tx, 'content_warning', [facts.authorId], refs, { title: facts.title, path: '/me#moderation', quote: reason ?? undefined })));
        }
        return { told, resolved: reporters.length };
      };
      let settled: Awaited<ReturnType<typeof settle>> | undefined;
      if (facts.type === 'question' && outcome !== 'keep') {
        // A question is neither hidden nor deleted: it is dismissed from its room, with the reason its asker reads.
        if (!reason) throw ValidationError({ note: 'Say why the question goes; its asker reads it.' });
        await questions.dismissQuestion(user, facts.id, { reason }, async (tx) => {
          settled = await settle(tx);
        });
      } else settled = await db.transaction(settle);
      const { told, resolved } = settled!;
      await notifications.told(told);
      if (outcome !== 'keep' || facts.hidden) await announce(user, facts);
      await announceQueue(facts.groupId).catch((err: unknown) => logError('announcing the flag queue', err));
      return { outcome, resolved };
    },
  };
}
export type FlagsService = ReturnType<typeof createFlagsService>;
