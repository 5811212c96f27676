import {
  type Author,
  type EventKind,
  MarkReadInput,
  MENTION_SUGGESTIONS,
  MentionQuery,
  type Notification,
  type NotificationKind,
  NOTIFICATIONS_PER_PAGE,
  type Page,
  type PostKind,
  rooms,
  WatchInput,
  type WatchLevel,
  type WatchTarget,
} from '@praxisnetz/shared';
import type { SQL } from 'drizzle-orm';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.repo.ts';
import { decodeCursor, encodeCursor, isActivityKey } from '../../lib/cursor.ts';
import { NotFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { logError } from '../../lib/log.ts';
import { type Actor, canReadGroup, categoryReadersSql, requireCategoryReader, requireMember } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { MailService } from '../mail/index.ts';
import { findCategoryBySlug } from '../forum/index.ts';
import { authorOf } from '../users/index.ts';
import { findMentionable } from './mentions.repo.ts';
import { toNotification } from './notifications.mapper.ts';
import { aboutPost, type MailAbout, notificationMail } from './notification-mail.ts';
import {
  among,
  countUnreadOf,
  type EventRefs,
  findPostAuthors,
  findPostFacts,
  groupMemberIds,
  insertEventNotifications,
  insertPostNotifications,
  listNotifications,
  lockThreadFanOut,
  markRead,
  watchersOf,
} from './notifications.repo.ts';
import { added, mentionedUserIds, quotedPostIds } from './post-references.ts';
import { seenBy, seenByMembers } from './visibility.ts';
import { findWatchedCategory, findWatchLevel, setWatch, setWatchUnlessChosen } from './watches.repo.ts';

export const POST_JOB = 'notify:post';
const PostJob = z.object({
  postId: z.number().int(),
  /** a new reply: its thread's watchers hear of it */
  reply: z.boolean(),
  mentioned: z.array(z.number().int()),
  quoted: z.array(z.number().int()),
});

/**
 * In-app notifications and watching. A reply queues a job in its own transaction; the job (after
 * commit, on any node) tells the watchers, so the reply's commit does not grow with their number.
 */
/** What notifications need of mail: queue a reply's mails with the fan-out, and the links in them. */
type PostMails = Pick<MailService, 'queue' | 'nudge' | 'recipients' | 'link' | 'unsubscribeLinks'>;

export function createNotificationsService(deps: { db: Db; publisher: Publisher; nudge: () => void; mail: PostMails }) {
  const { db, publisher, nudge, mail } = deps;

  const unreadOf = async (userId: number) => (await countUnreadOf(db, [userId], seenByMembers())).get(userId) ?? 0;

  /** Each member's new count goes to all their tabs, on every node. */
  async function announceUnread(userIds: number[]): Promise<void> {
    const counts = await countUnreadOf(db, userIds, seenByMembers());
    for (const id of userIds) publisher.toRoom(rooms.user(id), 'notifications:unread', { unread: counts.get(id) ?? 0 });
  }

  async function readableTarget(actor: Actor, target: WatchTarget, id: number): Promise<void> {
    if (target === 'group') {
      if (!canReadGroup(requireMember(actor), id)) throw NotFound('Group');
      return;
    }
    requireCategoryReader(actor, await findWatchedCategory(db, target, id), target === 'thread' ? 'Thread' : 'Category');
  }

  /** In the caller's transaction: a mail about `about` to those of these members who take `kind` at once. */
  async function mailTo(tx: Executor, userIds: number[], kind: NotificationKind, about: MailAbout): Promise<void> {
    const people = await mail.recipients(tx, userIds, kind);
    await mail.queue(tx, people.map((p) => notificationMail(mail, p, kind, about)));
  }

  async function tell(tx: Executor, kind: EventKind, userIds: number[], refs: EventRefs, about: MailAbout): Promise<number[]> {
    const ids = [...new Set(userIds)];
    await insertEventNotifications(tx, kind, ids, refs);
    await mailTo(tx, ids, kind, { ...about, documentId: refs.documentId });
    return ids;
  }

  /** After the commit of `tell` or a fan-out: mails on their way, new counts to the members' tabs (never failing the caller). */
  async function told(userIds: number[]): Promise<void> {
    if (userIds.length === 0) return;
    mail.nudge();
    await announceUnread(userIds).catch((err: unknown) => logError('announcing unread counts', err));
  }

  return {
    async list(actor: Actor, cursor?: string): Promise<Page<Notification> & { unread: number }> {
      const user = requireMember(actor);
      const after = decodeCursor(cursor, isActivityKey);
      const [rows, unread] = await Promise.all([
        listNotifications(db, user.id, seenBy(user), { after: after ? { at: new Date(after.at), id: after.id } : undefined, limit: NOTIFICATIONS_PER_PAGE + 1 }),
        unreadOf(user.id),
      ]);
      const items = rows.slice(0, NOTIFICATIONS_PER_PAGE).map(toNotification);
      const last = items.at(-1);
      return { items, unread, nextCursor: rows.length > NOTIFICATIONS_PER_PAGE && last ? encodeCursor({ at: last.updatedAt, id: last.id }) : null };
    },

    async unread(actor: Actor): Promise<number> {
      const user = requireMember(actor);
      return unreadOf(user.id);
    },

    async markRead(actor: Actor, input: unknown): Promise<{ unread: number }> {
      const user = requireMember(actor);
      const data = parseInput(MarkReadInput, input);
      const changed = await markRead(db, user.id, 'all' in data ? 'all' : data.ids);
      const unread = await unreadOf(user.id);
      if (changed) publisher.toRoom(rooms.user(user.id), 'notifications:unread', { unread });
      return { unread };
    },

    async watch(actor: Actor, input: unknown): Promise<{ level: WatchLevel }> {
      const user = requireMember(actor);
      const data = parseInput(WatchInput, input);
      await readableTarget(user, data.target, data.id);
      await setWatch(db, user.id, data.target, data.id, data.level);
      return { level: data.level };
    },

    /** Who the composer offers after `@`: members who may read the thread (or the new thread's category). */
    async mentionable(actor: Actor, query: unknown): Promise<Author[]> {
      const user = requireMember(actor);
      const data = parseInput(MentionQuery, query);
      const category = data.thread !== undefined ? await findWatchedCategory(db, 'thread', data.thread) : await findCategoryBySlug(db, data.category!);
      const readable = requireCategoryReader(user, category, data.thread !== undefined ? 'Thread' : 'Category');
      const rows = await findMentionable(db, data.q, categoryReadersSql(readable), user.id, MENTION_SUGGESTIONS);
      return rows.map(authorOf);
    },

    async watchLevel(actor: Actor, target: WatchTarget, id: number): Promise<WatchLevel> {
      const user = requireMember(actor);
      return findWatchLevel(db, user.id, target, id);
    },

    /**
     * Inside the transaction that writes a post: its writer watches the thread (unless they chose
     * a level already or turned that off), and the people it mentions or quotes and, for a reply, the thread's
     * watchers will be told.
     */
    async postWritten(tx: Executor, post: { id: number; threadId: number; author: { id: number; autoWatch: boolean }; isOpening: boolean; body: string }): Promise<void> {
      if (post.author.autoWatch) await setWatchUnlessChosen(tx, post.author.id, 'thread', post.threadId, 'watching');
      const job = { postId: post.id, reply: !post.isOpening, mentioned: mentionedUserIds(post.body), quoted: quotedPostIds(post.body) };
      if (job.reply || job.mentioned.length || job.quoted.length) await enqueueJob(tx, POST_JOB, job);
    },

    /** Inside the transaction of an edit: only those the edit newly mentions or quotes are told. */
    async postEdited(tx: Executor, post: { id: number; body: string; previousBody: string }): Promise<void> {
      const mentioned = added(mentionedUserIds(post.body), mentionedUserIds(post.previousBody));
      const quoted = added(quotedPostIds(post.body), quotedPostIds(post.previousBody));
      if (mentioned.length || quoted.length) await enqueueJob(tx, POST_JOB, { postId: post.id, reply: false, mentioned, quoted });
    },

    /** After the post's commit: run the queued job soon. */
    nudge,

    /**
     * Inside the transaction of an event (an invitation, an approval, a new document …): an entry of
     * `kind` for each of these members, unless they turned the kind off in the app, and a mail to
     * those who take the kind by mail. After the commit, pass the result to `told`.
     */
    tell,

    /** `tell` for a working group's active members, but the one who did it. */
    async tellGroup(tx: Executor, kind: EventKind, groupId: number, exceptId: number | null, refs: EventRefs, about: MailAbout): Promise<number[]> {
      return tell(tx, kind, await groupMemberIds(tx, groupId, exceptId), { ...refs, groupId }, { ...about, groupId });
    },

    told,

    /**
     * The job: tells those a post mentions, the authors it quotes and (for a reply) the watchers,
     * each once and only if they may read the thread, in the app and (as each chose) by mail, in
     * one transaction with the job's end; a deleted post tells nobody.
     */
    async notifyPost(payload: unknown, job: { done: (tx: Executor) => Promise<void> }): Promise<void> {
      const { postId, reply, mentioned, quoted } = PostJob.parse(payload);
      const post = await findPostFacts(db, postId);
      if (!post) return;
      const readers = categoryReadersSql(post);
      const toldIds = await db.transaction(async (tx) => {
        // One fan-out per thread at a time: two replies' upserts of the same entries, from jobs
        // running side by side on one or several nodes, would otherwise deadlock.
        await lockThreadFanOut(tx, post.threadId);
        const quotedAuthors = await findPostAuthors(tx, quoted);
        const rounds: [PostKind, SQL | undefined][] = [
          ['mention', mentioned.length ? among(mentioned) : undefined],
          ['quote', quotedAuthors.length ? among(quotedAuthors) : undefined],
          ['reply', reply ? watchersOf(post) : undefined],
        ];
        const all: number[] = [];
        for (const [kind, who] of rounds) {
          if (!who) continue;
          const ids = await insertPostNotifications(tx, kind, post, who, readers, all);
          await mailTo(tx, ids, kind, aboutPost(post));
          all.push(...ids);
        }
        // Those who only track the thread: counted in their list, not in the bell, never mailed.
        if (reply) await insertPostNotifications(tx, 'reply', post, watchersOf(post, 'tracking'), readers, all, true);
        await job.done(tx);
        return all;
      });
      await told(toldIds);
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
