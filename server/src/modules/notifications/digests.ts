import type { Notification, NotificationKind } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { logError } from '../../lib/log.ts';
import { type MailService, mailT, renderMail } from '../mail/index.ts';
import { findUserById } from '../users/index.ts';
import { claimPeriod, dueMembers, type Frequency } from './digests.repo.ts';
import { toNotification } from './notifications.mapper.ts';
import { listNotifications } from './notifications.repo.ts';
import { seenBy } from './visibility.ts';

/** The hourly run that sends the digests that are due (a recurring job: one a time across nodes). */
export const DIGEST_JOB = 'every:digest';
const DIGEST_ITEMS_MAX = 50;

/** The heading an entry is listed under: its thread, its group, else the account and the network. */
const headingOf = (n: Notification) => n.thread?.title ?? n.group?.name ?? n.session?.title ?? null;

/**
 * Daily and weekly digests: one mail per member and period with the unread entries of the kinds
 * they take in it, grouped by thread and group, leaving out what they read in the app and what
 * they can no longer see. Sent at 7:00 in the member's time zone (Europe/Berlin unless set).
 */
export function createDigests(deps: { db: Db; mail: Pick<MailService, 'queue' | 'nudge' | 'link' | 'unsubscribeLinks' | 'recipients' | 'kindsIn'> }) {
  const { db, mail } = deps;

  async function sendTo(userId: number, frequency: Frequency, at: Date): Promise<void> {
    await db.transaction(async (tx) => {
      const period = await claimPeriod(tx, userId, frequency, at);
      const member = await findUserById(tx, userId);
      if (!period || !member) return;
      const kinds: NotificationKind[] = await mail.kindsIn(tx, userId, frequency);
      const rows = await listNotifications(
        tx,
        userId,
        seenBy(member),
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
    /** The hourly job (`at`: now): every due member's digest, each in a transaction of its own. */
    async run(at = new Date()): Promise<void> {
      for (const frequency of ['daily', 'weekly'] as const) {
        for (const userId of await dueMembers(db, frequency, at)) {
          // One member's trouble (say, a mail that cannot be rendered) must not stop the others'.
          await sendTo(userId, frequency, at).catch((err: unknown) => logError(`digest for user ${userId}`, err));
        }
      }
      mail.nudge();
    },
  };
}
