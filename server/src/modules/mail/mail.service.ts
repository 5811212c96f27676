import {
  KindSetting,
  type MailKind,
  NOTIFICATION_DEFAULTS,
  type NotificationKind,
  NotificationSettings,
  NotificationSettingsInput,
  type OutboxMail,
  type Page,
  UnsubscribeInput,
  type UnsubscribeKind,
} from '@praxisnetz/shared';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { enqueueJobs } from '../../jobs/jobs.repo.ts';
import { decodeCursor, encodeCursor, isActivityKey } from '../../lib/cursor.ts';
import { NotFound, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, groupReadersSql, notificationKindsFor, readsCategoryRowSql, requireAdmin, requireMember } from '../../policy/index.ts';
import { isPermanentFailure, type Mailer } from './mailer.ts';
import {
  chosenModes,
  findMail,
  findUserByMailToken,
  insertMails,
  listMails,
  mailRecipients,
  type NewMail,
  setNotificationMode,
  stillReadable,
  stopDigests,
  updateMail,
} from './mail.repo.ts';

export const MAIL_JOB = 'mail:send';

/** The keys whose value is set. */
const pick = <T extends object>(o: T): Partial<T> => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
/** the same as the job runner's attempts: the last one marks the mail failed */
export const MAIL_ATTEMPTS_MAX = 5;
const OUTBOX_PER_PAGE = 50;
const MailJob = z.object({ mailId: z.number().int() });

/** A mail ready to queue: rendered in the recipient's language. */
export type QueuedMail = Omit<NewMail, 'status' | 'attempts'>;

/**
 * Mails: written in the transaction of their cause, sent by a job after commit (any node, each mail
 * once), retried on temporary SMTP failures, given up with the reason on permanent ones. Without
 * SMTP they are kept for the outbox only.
 */
export function createMailService(deps: { db: Db; mailer: Mailer; publicUrl: string; nudge: () => void }) {
  const { db, mailer, publicUrl, nudge } = deps;

  /** What the member chose per kind and channel, else the default. */
  async function settingsOf(user: NonNullable<Actor>): Promise<NotificationSettings> {
    const chosen = await chosenModes(db, user.id);
    const settings: NotificationSettings = {};
    for (const kind of notificationKindsFor(user)) {
      const own = (channel: string) => chosen.find((c) => c.kind === kind && c.channel === channel)?.mode;
      settings[kind] = KindSetting.parse({ ...NOTIFICATION_DEFAULTS[kind], ...pick({ app: own('app'), email: own('email') }) });
    }
    return settings;
  }

  return {
    /** absolute links under PUBLIC_URL */
    link: (path: string) => publicUrl + path,

    /** Inside the caller's transaction; call `nudge` after its commit. */
    async queue(tx: Executor, rows: QueuedMail[]): Promise<void> {
      const ids = await insertMails(
        tx,
        rows.map((r) => ({ ...r, status: mailer.sends ? 'queued' : 'kept' })),
      );
      // Mails wait behind the in-app fan-outs: a thread's 5,000 mails must not delay the next reply's notifications.
      if (mailer.sends) await enqueueJobs(tx, MAIL_JOB, ids.map((mailId) => ({ mailId })), 1);
    },

    nudge,

    /**
     * Of these members, who takes mails of `kind` at once (every active one when no kind is
     * given), with the secret of their unsubscribe links.
     */
    async recipients(tx: Executor, userIds: number[], kind?: MailKind) {
      return mailRecipients(tx, userIds, kind && { kind, byDefault: NOTIFICATION_DEFAULTS[kind].email });
    },

    /** The kinds the member takes in the daily or the weekly digest. */
    async kindsIn(tx: Executor, userId: number, frequency: 'daily' | 'weekly'): Promise<NotificationKind[]> {
      const chosen = await chosenModes(tx, userId);
      return chosen.filter((c) => c.channel === 'email' && c.mode === frequency).map((c) => c.kind as NotificationKind);
    },

    /** The links of one kind of mail to one person: the page, and the one-click address (RFC 8058). */
    unsubscribeLinks(token: string, kind: UnsubscribeKind) {
      const query = `token=${encodeURIComponent(token)}&kind=${kind}`;
      return { page: `${publicUrl}/unsubscribe?${query}`, oneClick: `${publicUrl}/api/unsubscribe?${query}` };
    },

    /** The job: sends one queued mail, unless its recipient can no longer read what it is about. */
    async send(payload: unknown): Promise<void> {
      const { mailId } = MailJob.parse(payload);
      const mail = await findMail(db, mailId);
      if (!mail || mail.status !== 'queued') return;
      if (!(await stillReadable(db, mail, { category: readsCategoryRowSql(), group: groupReadersSql }))) {
        await updateMail(db, mailId, { status: 'dropped', lastError: 'The recipient can no longer read what the mail is about.' });
        return;
      }
      const attempts = mail.attempts + 1;
      try {
        await mailer.send({ to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers, attachments: mail.attachments });
      } catch (err) {
        const code = (err as { responseCode?: number }).responseCode;
        const reason = `${code ?? (err as { code?: string }).code ?? 'error'}: ${String((err as { response?: string }).response ?? (err as Error).message ?? '').slice(0, 300)}`;
        if (isPermanentFailure(err) || attempts >= MAIL_ATTEMPTS_MAX) {
          await updateMail(db, mailId, { status: 'failed', attempts, lastError: reason });
          return;
        }
        await updateMail(db, mailId, { attempts, lastError: reason });
        // The log line names the mail only: an SMTP answer may quote the address.
        throw new Error(`temporary SMTP failure (${code ?? 'no answer'}) for mail ${mailId}`);
      }
      await updateMail(db, mailId, { status: 'sent', attempts, sentAt: new Date(), lastError: null });
    },

    async outbox(actor: Actor, cursor?: string): Promise<Page<OutboxMail>> {
      requireAdmin(actor);
      const after = decodeCursor(cursor, isActivityKey);
      const rows = await listMails(db, after ? { at: new Date(after.at), id: after.id } : undefined, OUTBOX_PER_PAGE + 1);
      const items = rows.slice(0, OUTBOX_PER_PAGE).map(
        (m): OutboxMail => ({
          id: m.id,
          to: m.toAddress,
          kind: m.kind,
          locale: m.locale,
          subject: m.subject,
          text: m.text,
          status: m.status,
          attempts: m.attempts,
          lastError: m.lastError,
          createdAt: m.createdAt.toISOString(),
          sentAt: m.sentAt?.toISOString() ?? null,
        }),
      );
      const last = items.at(-1);
      return { items, nextCursor: rows.length > OUTBOX_PER_PAGE && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
    },

    /** Turns a kind of mail off for the person the link was made for; no sign-in needed. */
    async unsubscribe(input: unknown): Promise<{ kind: UnsubscribeKind; locale: string }> {
      const { token, kind } = parseInput(UnsubscribeInput, input);
      const user = await findUserByMailToken(db, token);
      if (!user) throw NotFound('Unsubscribe link');
      if (kind === 'digest') await stopDigests(db, user.id);
      else await setNotificationMode(db, user.id, kind, 'email', 'off');
      return { kind, locale: user.locale };
    },

    /** The member's settings for the kinds that apply to them. */
    async settings(actor: Actor): Promise<NotificationSettings> {
      return settingsOf(requireMember(actor));
    },

    async updateSettings(actor: Actor, input: unknown): Promise<NotificationSettings> {
      const user = requireMember(actor);
      const data = parseInput(NotificationSettingsInput, input);
      const allowed = notificationKindsFor(user);
      const refused = Object.keys(data).find((kind) => !allowed.includes(kind as NotificationKind));
      if (refused) throw ValidationError({ [refused]: 'This kind of notification does not apply to you.' });
      await db.transaction(async (tx) => {
        for (const [kind, setting] of Object.entries(data)) {
          for (const [channel, mode] of Object.entries(setting)) await setNotificationMode(tx, user.id, kind, channel as 'app' | 'email', mode);
        }
      });
      return settingsOf(user);
    },
  };
}
export type MailService = ReturnType<typeof createMailService>;
