import { ChangeEmailInput, ConfirmEmailInput, EMAIL_CONFIRMATION_HOURS, type Locale } from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, requireSignedIn } from '../../policy/index.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserByEmail, findUserById, updateUser } from '../users/index.ts';
import { tellApprovers } from './approvers-told.ts';
import { emailTaken } from './email-taken.ts';
import { emailConfirmationExists, replaceEmailConfirmation, takeEmailConfirmation } from './email-confirmations.repo.ts';
import { verifyPassword } from './passwords.ts';
import { generateSessionToken, sessionIdOf } from './sessions.ts';

/**
 * Addresses are confirmed through a single-use link mailed to them (only its SHA-256 kept, valid
 * 48 hours, replaced by a newer one): at registration — only then do moderators hear of the new
 * account and may approve it — and on a change, which takes effect when the new address confirms
 * and is told to the old one.
 */
export function createEmailConfirmation(deps: {
  db: Db;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
}) {
  const { db, mail, notifications } = deps;

  async function mailLink(tx: Executor, user: { id: number; displayName: string; locale: Locale }, email: string, kind: 'confirm_email' | 'email_change') {
    const token = generateSessionToken();
    const expiresAt = new Date(Date.now() + EMAIL_CONFIRMATION_HOURS * 3_600_000);
    await replaceEmailConfirmation(tx, { tokenHash: sessionIdOf(token), userId: user.id, email, expiresAt });
    await mail.queue(tx, [accountMail(mail, { ...user, email }, kind, { path: `/confirm-email?token=${encodeURIComponent(token)}` })]);
  }

  return {
    /** Inside the registration's transaction; call `mail.nudge()` after its commit. */
    startForRegistration: (tx: Executor, user: { id: number; email: string; displayName: string; locale: Locale }) =>
      mailLink(tx, user, user.email, 'confirm_email'),

    async requestChange(actor: Actor, input: unknown): Promise<void> {
      const user = requireSignedIn(actor);
      const data = parseInput(ChangeEmailInput, input);
      if (!(await verifyPassword(user.passwordHash, data.password))) throw ValidationError({ password: 'The password is not correct.' });
      if (data.email === user.email) throw ValidationError({ email: 'This is your address already.' });
      if (await findUserByEmail(db, data.email)) throw emailTaken();
      await db.transaction((tx) => mailLink(tx, user, data.email, 'email_change'));
      mail.nudge();
    },

    /** Whether a link still works, so its page can say so at once. */
    async isValid(token: string): Promise<boolean> {
      return token.length > 0 && token.length <= 100 && emailConfirmationExists(db, sessionIdOf(token), new Date());
    },

    async confirm(input: unknown): Promise<{ email: string; changed: boolean }> {
      const { token } = parseInput(ConfirmEmailInput, input);
      const { result, told } = await db.transaction(async (tx) => {
        const link = await takeEmailConfirmation(tx, sessionIdOf(token), new Date());
        if (!link) throw ValidationError({ token: 'This link is not valid (any more).' });
        const user = (await findUserById(tx, link.userId))!;
        if (link.email !== user.email) {
          if (await findUserByEmail(tx, link.email)) throw emailTaken();
          await updateUser(tx, user.id, { email: link.email, emailConfirmedAt: new Date() });
          await mail.queue(tx, [accountMail(mail, user, 'email_changed', { params: { email: link.email } })]);
          return { result: { email: link.email, changed: true }, told: [] };
        }
        await updateUser(tx, user.id, { emailConfirmedAt: new Date() });
        const awaitsApproval = user.emailConfirmedAt === null && user.status === 'pending';
        const told = awaitsApproval ? await tellApprovers(tx, notifications, { ...user, cityName: user.city?.name ?? null }) : [];
        return { result: { email: user.email, changed: false }, told };
      });
      mail.nudge();
      await notifications.told(told);
      return result;
    },
  };
}
export type EmailConfirmation = ReturnType<typeof createEmailConfirmation>;
