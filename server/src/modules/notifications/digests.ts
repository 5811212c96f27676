import type { Notification, NotificationKind } from '@praxisnetz/shared';
import { sql } from 'drizzle-orm';
import type { Db, Executor } from '../../db/client.ts';
import { logError } from '../../lib/log.ts';
import { readableCategorySql, readsGroupSql } from '../../policy/index.ts';
import { notifications } from '../../db/schema/index.ts';
import { type MailService, mailT, renderMail } from '../mail/index.ts';
import { findUserById } from '../users/index.ts';
import { DEFAULT_TIME_ZONE } from './notification-mail.ts';
import { toNotification } from './notifications.mapper.ts';
import { listNotifications } from './notifications.repo.ts';

/** The hourly run that sends the digests that are due (a recurring job: one a time across nodes). */
export const DIGEST_JOB = 'every:digest';
/** Digests go out at this local hour; the weekly one on Mondays. */
const DIGEST_HOUR = 7;
const DIGEST_ITEMS_MAX = 50;
type Frequency = 'daily' | 'weekly';
const PERIOD = { daily: { column: 'daily_digest_at', hours: 20, days: 1 }, weekly: { column: 'weekly_digest_at', hours: 6 * 24, days: 7 } } as const;

/**
 * Members due for a digest now: they take some kind in it, it is 7:00 where they are (Mondays for
 * the weekly one), and the last one went out long enough ago.
 */
async function dueMembers(db: Executor, frequency: Frequency): Promise<number[]> {
  const { column, hours } = PERIOD[frequency];
  const local = sql`(now() at time zone coalesce(u.time_zone, ${DEFAULT_TIME_ZONE}))`;
  const result = await db.execute(sql`
    select u.id from users u
    where u.status = 'active'
      and exists (select 1 from notification_settings s where s.user_id = u.id and s.channel = 'email' and s.mode = ${frequency})
      and extract(hour from ${local}) = ${DIGEST_HOUR}
      and (${frequency} = 'daily' or extract(isodow from ${local}) = 1)
      and (u.${sql.raw(column)} is null or u.${sql.raw(column)} < now() - make_interval(hours => ${hours}))`);
  return (result as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

/** Claims the member's digest of this period (locked, so two runs cannot both send it); the time the last one went, or undefined if it is not due. */
async function claimPeriod(tx: Executor, userId: number, frequency: Frequency): Promise<{ since: Date } | undefined> {
  const { column, hours, days } = PERIOD[frequency];
  const result = await tx.execute(sql`select ${sql.raw(column)} as last from users where id = ${userId} for update`);
  const last = (result as unknown as { rows: { last: string | Date | null }[] }).rows[0]?.last;
  const lastAt = last ? new Date(last) : null;
  if (lastAt && lastAt.getTime() > Date.now() - hours * 3_600_000) return undefined;
  await tx.execute(sql`update users set ${sql.raw(column)} = now() where id = ${userId}`);
  return { since: lastAt ?? new Date(Date.now() - days * 86_400_000) };
}

/** The heading an entry is listed under: its thread, its group, else the account and the network. */
const headingOf = (n: Notification) => n.thread?.title ?? n.group?.name ?? n.session?.title ?? null;

/**
 * Daily and weekly digests: one mail per member and period with the unread entries of the kinds
 * they take in it, grouped by thread and group, leaving out what they read in the app and what
 * they can no longer see. Sent at 7:00 in the member's time zone (Europe/Berlin unless set).
 */
export function createDigests(deps: { db: Db; mail: Pick<MailService, 'queue' | 'nudge' | 'link' | 'unsubscribeLinks' | 'recipients' | 'kindsIn'> }) {
  const { db, mail } = deps;

  async function sendTo(userId: number, frequency: Frequency): Promise<void> {
    await db.transaction(async (tx) => {
      const period = await claimPeriod(tx, userId, frequency);
      const member = await findUserById(tx, userId);
      if (!period || !member) return;
      const kinds: NotificationKind[] = await mail.kindsIn(tx, userId, frequency);
      const rows = await listNotifications(
        tx,
        userId,
        { category: readableCategorySql(member), group: readsGroupSql(member, notifications.groupId) },
        { limit: DIGEST_ITEMS_MAX + 1, unread: { kinds, since: period.since } },
      );
      if (rows.length === 0) return;
      const [to] = await mail.recipients(tx, [userId]);
      if (!to) return;
      const t = mailT(to.locale);
      const entries = rows.slice(0, DIGEST_ITEMS_MAX).map(toNotification);
      const sections = new Map<string, { text: string; url: string }[]>();
      for (const n of entries) {
        const heading = headingOf(n) ?? t('digest.other');
        const text = t(`${n.kind}.subject`, { title: n.thread?.title ?? n.document?.title ?? n.session?.title ?? n.group?.name ?? n.subject?.displayName ?? '', actor: n.actor?.displayName ?? '', group: n.group?.name ?? '', time: '' });
        const line = { text: n.count > 1 ? t('digest.times', { text, count: String(n.count) }) : text, url: mail.link(n.href) };
        sections.set(heading, [...(sections.get(heading) ?? []), line]);
      }
      const links = mail.unsubscribeLinks(to.mailToken, 'digest');
      const more = rows.length > DIGEST_ITEMS_MAX ? [t('digest.more', { count: String(rows.length - DIGEST_ITEMS_MAX) })] : [];
      const content = renderMail(to.locale, {
        subject: t(`digest.${frequency}.subject`, { count: String(entries.length) }),
        name: to.displayName,
        paragraphs: [t('digest.intro'), ...more],
        sections: [...sections].map(([heading, items]) => ({ heading, items })),
        action: { label: t('digest.action'), url: mail.link('/notifications') },
        why: t('digest.why'),
        unsubscribe: { label: t('digest.unsubscribe'), url: links.page },
      });
      await mail.queue(tx, [
        {
          toAddress: to.email,
          userId,
          kind: `digest_${frequency}`,
          locale: to.locale,
          headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
          ...content,
        },
      ]);
    });
  }

  return {
    /** The hourly job: every due member's digest, each in a transaction of its own. */
    async run(): Promise<void> {
      for (const frequency of ['daily', 'weekly'] as const) {
        for (const userId of await dueMembers(db, frequency)) {
          // One member's trouble (say, a mail that cannot be rendered) must not stop the others'.
          await sendTo(userId, frequency).catch((err: unknown) => logError(`digest for user ${userId}`, err));
        }
      }
      mail.nudge();
    },
  };
}
