import { MarkReadInput, NOTIFICATIONS_PER_PAGE, type Notification, type Page, rooms, type WatchLevel, WatchInput, type WatchTarget } from '@praxisnetz/shared';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.repo.ts';
import { decodeCursor, encodeCursor, isActivityKey } from '../../lib/cursor.ts';
import { NotFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, canReadGroup, categoryReadersSql, readableCategorySql, readsCategoryRowSql, requireCategoryReader, requireMember } from '../../policy/index.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { MailService } from '../mail/index.ts';
import { toNotification } from './notifications.mapper.ts';
import { replyMail } from './reply-mail.ts';
import { countUnreadOf, findReplyFacts, insertReplyNotifications, listNotifications, markRead } from './notifications.repo.ts';
import { findWatchedCategory, findWatchLevel, setWatch, setWatchUnlessChosen } from './watches.repo.ts';

export const REPLY_JOB = 'notify:reply';
const ReplyJob = z.object({ postId: z.number().int() });

/**
 * In-app notifications and watching. A reply queues a job in its own transaction; the job (after
 * commit, on any node) tells the watchers, so the reply's commit does not grow with their number.
 */
/** What notifications need of mail: queue a reply's mails with the fan-out, and the links in them. */
type ReplyMails = Pick<MailService, 'queue' | 'nudge' | 'recipients' | 'link' | 'unsubscribeLinks'>;

export function createNotificationsService(deps: { db: Db; publisher: Publisher; nudge: () => void; mail: ReplyMails }) {
  const { db, publisher, nudge, mail } = deps;

  const unreadOf = async (userId: number) => (await countUnreadOf(db, [userId], readsCategoryRowSql())).get(userId) ?? 0;

  /** Each member's new count goes to all their tabs, on every node. */
  async function announceUnread(userIds: number[]): Promise<void> {
    const counts = await countUnreadOf(db, userIds, readsCategoryRowSql());
    for (const id of userIds) publisher.toRoom(rooms.user(id), 'notifications:unread', { unread: counts.get(id) ?? 0 });
  }

  async function readableTarget(actor: Actor, target: WatchTarget, id: number): Promise<void> {
    if (target === 'group') {
      if (!canReadGroup(requireMember(actor), id)) throw NotFound('Group');
      return;
    }
    requireCategoryReader(actor, await findWatchedCategory(db, target, id), target === 'thread' ? 'Thread' : 'Category');
  }

  return {
    async list(actor: Actor, cursor?: string): Promise<Page<Notification> & { unread: number }> {
      const user = requireMember(actor);
      const after = decodeCursor(cursor, isActivityKey);
      const [rows, unread] = await Promise.all([
        listNotifications(db, user.id, readableCategorySql(actor), after ? { at: new Date(after.at), id: after.id } : undefined, NOTIFICATIONS_PER_PAGE + 1),
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

    async watchLevel(actor: Actor, target: WatchTarget, id: number): Promise<WatchLevel> {
      const user = requireMember(actor);
      return findWatchLevel(db, user.id, target, id);
    },

    /**
     * Inside the transaction that writes a post: its writer watches the thread (unless they chose
     * a level already), and, for a reply, the thread's watchers will be told.
     */
    async postWritten(tx: Executor, post: { id: number; threadId: number; authorId: number; isOpening: boolean }): Promise<void> {
      await setWatchUnlessChosen(tx, post.authorId, 'thread', post.threadId, 'watching');
      if (!post.isOpening) await enqueueJob(tx, REPLY_JOB, { postId: post.id });
    },

    /** After the post's commit: run the queued job soon. */
    nudge,

    /**
     * The job: tells the watchers who may read the thread, in the app and (unless they turned it
     * off) by mail, in one transaction with the job's end; a deleted post tells nobody.
     */
    async notifyReply(payload: unknown, job: { done: (tx: Executor) => Promise<void> }): Promise<void> {
      const { postId } = ReplyJob.parse(payload);
      const reply = await findReplyFacts(db, postId);
      if (!reply) return;
      const told = await db.transaction(async (tx) => {
        const ids = await insertReplyNotifications(tx, reply, categoryReadersSql(reply));
        const people = await mail.recipients(tx, ids, 'reply');
        await mail.queue(tx, people.map((p) => replyMail(mail, p, reply)));
        await job.done(tx);
        return ids;
      });
      mail.nudge();
      await announceUnread(told);
    },
  };
}
export type NotificationsService = ReturnType<typeof createNotificationsService>;
