import { PASSWORD_RESET_MINUTES, PasswordResetConfirmInput, PasswordResetInput, rooms, type User } from '@praxisnetz/shared';
import { z } from 'zod';
import type { Db, Executor } from '../../db/client.ts';
import { enqueueJob } from '../../jobs/jobs.repo.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { type Actor, requireAdmin } from '../../policy/index.ts';
import { hashedKey, type RateLimits } from '../../lib/rate-limits.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import { findUserByEmail, findUserById, toUser, updateUser, type UserWithCity } from '../users/index.ts';
import { hashPassword } from './passwords.ts';
import { deletePasswordResets, passwordResetExists, replacePasswordReset, takePasswordReset } from './password-resets.repo.ts';
import { deleteUserSessions } from './sessions.repo.ts';
import { generateSessionToken, sessionIdOf, type SessionStore } from './sessions.ts';

/** Links asked for per address, per account and per client address in an hour: enough for a typo, too few to flood a mailbox. */
const RESETS_PER_ADDRESS = 5;
const RESETS_PER_ACCOUNT = 5;
const RESETS_PER_IP = 20;
/** Mails the link asked for, if the address has an account (a job, so that the answer never tells). */
export const RESET_LINK_JOB = 'auth:reset-link';
const ResetLinkJob = z.object({ email: z.string() });

/** A new reset link for an account (replacing older ones): the path, with the token only it carries. */
export async function issuePasswordResetLink(db: Executor, userId: number): Promise<string> {
  const token = generateSessionToken();
  await replacePasswordReset(db, userId, sessionIdOf(token), new Date(Date.now() + PASSWORD_RESET_MINUTES * 60_000));
  return `/reset-password?token=${encodeURIComponent(token)}`;
}

/**
 * "Forgot password": a single-use link (only its SHA-256 stored, valid 60 minutes, replaced by a
 * newer one, void after a password change). Using it ends every session of the account — its
 * sockets too — and signs in only the browser that used it.
 */
export function createPasswordReset(deps: {
  db: Db;
  sessions: SessionStore;
  publisher: Publisher;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
  rateLimits: RateLimits;
  /** false: no reset links either (single sign-on only) */
  passwordLogin: boolean;
}) {
  const { db, sessions, publisher, mail, rateLimits, passwordLogin } = deps;
  const byAddress = rateLimits.budget({ name: 'reset-address', points: RESETS_PER_ADDRESS, durationSeconds: 3600 });
  const byIp = rateLimits.budget({ name: 'reset-ip', points: RESETS_PER_IP, durationSeconds: 3600 });
  // An account's links also count under its own id: asked for by its address, a former address or an administrator.
  const byAccount = rateLimits.budget({ name: 'reset-account', points: RESETS_PER_ACCOUNT, durationSeconds: 3600 });

  async function mailLink(user: UserWithCity): Promise<void> {
    await db.transaction(async (tx) => {
      const path = await issuePasswordResetLink(tx, user.id);
      await mail.queue(tx, [accountMail(mail, user, 'password_reset', { path })]);
    });
    mail.nudge();
  }

  return {
    /**
     * The same answer, after the same work, whether the address has an account or not: the job
     * looks the address up after the answer, and only an account gets a mail.
     */
    async request(input: unknown, ip: string): Promise<void> {
      if (!passwordLogin) throw Forbidden('Signing in with a password is turned off here; use single sign-on.');
      const { email } = parseInput(PasswordResetInput, input);
      await byIp.take(ip);
      await byAddress.take(hashedKey(email));
      await enqueueJob(db, RESET_LINK_JOB, { email });
      mail.nudge();
    },

    /** The job: a link to the account of the address asked for, unless there is none or it is suspended. */
    async mailRequested(payload: unknown): Promise<void> {
      const { email } = ResetLinkJob.parse(payload);
      const user = await findUserByEmail(db, email);
      if (!user || user.status === 'suspended') return;
      // Over the account's limit the asker is not told (the answer went out already): no mail.
      if (await byAccount.tryTake(String(user.id))) await mailLink(user);
    },

    /** An administrator sends a member a reset link (from the user list); it replaces older links. */
    async sendFor(actor: Actor, userId: number): Promise<void> {
      requireAdmin(actor);
      const user = await findUserById(db, userId);
      if (!user) throw NotFound('User');
      if (user.status === 'suspended') throw Conflict('A suspended account cannot reset its password.');
      await byAccount.take(String(user.id));
      await mailLink(user);
    },

    /** Whether a link still works, so its page can say so before anyone types a password. */
    async isValid(token: string): Promise<boolean> {
      return token.length > 0 && token.length <= 100 && passwordResetExists(db, sessionIdOf(token), new Date());
    },

    async confirm(input: unknown): Promise<{ user: User; token: string; expiresAt: Date }> {
      const data = parseInput(PasswordResetConfirmInput, input);
      const passwordHash = await hashPassword(data.password);
      const userId = await db.transaction(async (tx) => {
        const id = await takePasswordReset(tx, sessionIdOf(data.token), new Date());
        if (id === undefined) throw ValidationError({ token: 'This link is not valid (any more). Ask for a new one.' });
        await updateUser(tx, id, { passwordHash });
        await deletePasswordResets(tx, id);
        await deleteUserSessions(tx, id);
        const owner = (await findUserById(tx, id))!;
        await mail.queue(tx, [accountMail(mail, owner, 'password_changed', { path: '/forgot-password' })]);
        return id;
      });
      mail.nudge();
      publisher.disconnect(rooms.user(userId));
      const user = (await findUserById(db, userId))!;
      if (user.status === 'suspended') throw Forbidden('This account is suspended.', 'account_suspended');
      return { user: toUser(user), ...(await sessions.create(userId)) };
    },
  };
}
export type PasswordReset = ReturnType<typeof createPasswordReset>;
