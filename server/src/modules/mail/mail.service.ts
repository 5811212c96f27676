import { EMAIL_DEFAULTS, EmailSettings, type MailKind, type OutboxMail, type Page, UnsubscribeInput } from '@praxisnetz/shared';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { enqueueJobs } from '../../jobs/jobs.repo.ts';
import { decodeCursor, encodeCursor, isActivityKey } from '../../lib/cursor.ts';
import { NotFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, readsCategoryRowSql, requireAdmin, requireSignedIn } from '../../policy/index.ts';
import { isPermanentFailure, type Mailer } from './mailer.ts';
import {
  emailModes,
  ensureMailTokens,
  findMail,
  findUserByMailToken,
  insertMails,
  listMails,
  mailRecipients,
  type NewMail,
  postStillReadable,
  setEmailMode,
  updateMail,
} from './mail.repo.ts';

export const MAIL_JOB = 'mail:send';
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

  return {
    /** absolute links under PUBLIC_URL */
    link: (path: string) => publicUrl + path,

    /** Inside the caller's transaction; call `nudge` after its commit. */
    async queue(tx: Executor, rows: QueuedMail[]): Promise<void> {
      const ids = await insertMails(
        tx,
        rows.map((r) => ({ ...r, status: mailer.sends ? 'queued' : 'kept' })),
      );
      if (mailer.sends) await enqueueJobs(tx, MAIL_JOB, ids.map((mailId) => ({ mailId })));
    },

    nudge,

    /** Of these members, who takes mails of `kind`, with the secret of their unsubscribe links. */
    async recipients(tx: Executor, userIds: number[], kind: MailKind) {
      const people = await mailRecipients(tx, userIds, kind, EMAIL_DEFAULTS[kind]);
      const tokens = await ensureMailTokens(
        tx,
        people.filter((p) => !p.mailToken).map((p) => p.id),
      );
      return people.map((p) => ({ ...p, mailToken: p.mailToken ?? tokens.get(p.id)! }));
    },

    /** The links of one kind of mail to one person: the page, and the one-click address (RFC 8058). */
    unsubscribeLinks(token: string, kind: MailKind) {
      const query = `token=${encodeURIComponent(token)}&kind=${kind}`;
      return { page: `${publicUrl}/unsubscribe?${query}`, oneClick: `${publicUrl}/api/unsubscribe?${query}` };
    },

    /** The job: sends one queued mail, unless its recipient can no longer read what it is about. */
    async send(payload: unknown): Promise<void> {
      const { mailId } = MailJob.parse(payload);
      const mail = await findMail(db, mailId);
      if (!mail || mail.status !== 'queued') return;
      if (mail.postId !== null && mail.userId !== null && !(await postStillReadable(db, mail.userId, mail.postId, readsCategoryRowSql()))) {
        await updateMail(db, mailId, { status: 'dropped', lastError: 'The recipient can no longer read the post.' });
        return;
      }
      const attempts = mail.attempts + 1;
      try {
        await mailer.send({ to: mail.toAddress, subject: mail.subject, text: mail.text, html: mail.html, headers: mail.headers });
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
    async unsubscribe(input: unknown): Promise<{ kind: MailKind; locale: string }> {
      const { token, kind } = parseInput(UnsubscribeInput, input);
      const user = await findUserByMailToken(db, token);
      if (!user) throw NotFound('Unsubscribe link');
      await setEmailMode(db, user.id, kind, 'off');
      return { kind, locale: user.locale };
    },

    /** Which kinds the member takes by mail: what they chose, else the default. */
    async settings(actor: Actor): Promise<EmailSettings> {
      const user = requireSignedIn(actor);
      const chosen = Object.fromEntries((await emailModes(db, user.id)).map((r) => [r.kind, r.mode]));
      return EmailSettings.parse({ ...EMAIL_DEFAULTS, ...chosen });
    },

    async updateSettings(actor: Actor, input: unknown): Promise<EmailSettings> {
      const user = requireSignedIn(actor);
      const data = parseInput(EmailSettings, input);
      await db.transaction(async (tx) => {
        for (const [kind, mode] of Object.entries(data)) await setEmailMode(tx, user.id, kind, mode);
      });
      return data;
    },
  };
}
export type MailService = ReturnType<typeof createMailService>;
