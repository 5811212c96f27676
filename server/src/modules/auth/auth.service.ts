import { ChangePasswordInput, LoginInput, RegisterInput, rooms, type User } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { type Actor, requireSignedIn } from '../../policy/index.ts';
import { AppError, Forbidden, Suspended, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { openInvitation, useInvitation } from '../applications/index.ts';
import { findCityBySlug, makeFirstCoordinator } from '../cities/index.ts';
import { privacyNoticeVersion } from '../site/index.ts';
import { findUserByEmail, findUserById, insertUser, toUser, updateUser } from '../users/index.ts';
import { claimInvitations } from '../groups/index.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import type { EmailConfirmation } from './email-confirmation.service.ts';
import { emailTaken } from './email-taken.ts';
import type { LoginLimiter } from './login-limiter.ts';
import { hashPassword, verifyAgainstDummy, verifyPassword } from './passwords.ts';
import { deletePasswordResets } from './password-resets.repo.ts';
import { deleteOtherSessions } from './sessions.repo.ts';
import { sessionIdOf, type SessionStore } from './sessions.ts';

const invalidCredentials = () =>
  new AppError(401, 'invalid_credentials', 'E-mail address or password is not correct.');

export function createAuthService(deps: {
  db: Db;
  sessions: SessionStore;
  limiter: LoginLimiter;
  publisher: Publisher;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
  confirmation: Pick<EmailConfirmation, 'startForRegistration'>;
  notifications: Pick<NotificationsService, 'tell'>;
  /** false: single sign-on only (PASSWORD_LOGIN=0) */
  passwordLogin: boolean;
}) {
  const { db, sessions, limiter, publisher, mail, confirmation, notifications, passwordLogin } = deps;
  const requirePasswordLogin = () => {
    if (!passwordLogin) throw Forbidden('Signing in with a password is turned off here; use single sign-on.');
  };
  /** A session that ends takes its open sockets with it, on every node. */
  const closeSockets = (sessionIds: string[]) => sessionIds.forEach((id) => publisher.disconnect(rooms.session(id)));

  return {
    /** New accounts wait as pending until their address is confirmed and a moderator or admin approves them. */
    async register(input: unknown): Promise<User> {
      requirePasswordLogin();
      const data = parseInput(RegisterInput, input);
      const city = data.invitation === undefined ? await findCityBySlug(db, data.citySlug) : undefined;
      if (data.invitation === undefined && !city) throw ValidationError({ citySlug: 'Choose a member city from the list.' });
      if (data.privacyVersion !== undefined && data.privacyVersion > (await privacyNoticeVersion(db))) {
        throw ValidationError({ privacyVersion: 'This is not a version of the privacy notice.' });
      }
      const passwordHash = await hashPassword(data.password);
      const id = await db.transaction(async (tx) => {
        const invitation = data.invitation !== undefined ? await openInvitation(tx, data.invitation, data.email) : null;
        const now = new Date();
        const row = await insertUser(tx, {
          email: data.email,
          passwordHash,
          displayName: data.displayName,
          cityId: invitation?.cityId ?? city!.id,
          role: 'member',
          locale: data.locale ?? 'de',
          privacyVersion: data.privacyVersion ?? null,
          privacyAcceptedAt: data.privacyVersion !== undefined ? now : null,
          // The invitation went to this address and the office accepted the city: nothing is left to confirm or approve.
          ...(invitation ? { status: 'active', emailConfirmedAt: now, approvedAt: now } : { status: 'pending' }),
        });
        if (!row) throw emailTaken();
        if (invitation) {
          await useInvitation(tx, invitation.applicationId, row.id);
          await makeFirstCoordinator(tx, invitation.cityId, row.id);
          return row.id;
        }
        await confirmation.startForRegistration(tx, row);
        // Invitations to this address become the account's, waiting for it in the group.
        for (const invitation of await claimInvitations(tx, row.id, row.email)) {
          const about = { title: invitation.groupName, actor: invitation.inviterName, path: `/groups/${invitation.groupId}` };
          await notifications.tell(tx, 'group_invitation', [row.id], { groupId: invitation.groupId, actorId: invitation.invitedBy }, about);
        }
        return row.id;
      });
      mail.nudge();
      return toUser((await findUserById(db, id))!);
    },

    /**
     * Never tells whether the e-mail exists. Each attempt takes one of the account's and the
     * address's tries before the password is checked, so parallel guesses cannot overtake the
     * count; a successful login gives them back.
     */
    async login(input: unknown, ip: string): Promise<{ user: User; token: string; expiresAt: Date }> {
      requirePasswordLogin();
      const data = parseInput(LoginInput, input);
      await limiter.reserve(data.email, ip);
      const user = await findUserByEmail(db, data.email);
      const ok = user ? await verifyPassword(user.passwordHash, data.password) : (await verifyAgainstDummy(data.password), false);
      if (!user || !ok) throw invalidCredentials();
      await limiter.succeed(data.email, ip);
      if (user.erasureDueAt) throw new AppError(403, 'account_erasure_scheduled', 'This account is to be erased; an administrator can still stop the erasure.');
      if (user.status === 'suspended') {
        // A suspension with an end is over once the end has passed: the account is active again.
        if (!user.suspendedUntil || user.suspendedUntil.getTime() > Date.now()) throw Suspended({ reason: user.suspendReason, until: user.suspendedUntil });
        await updateUser(db, user.id, { status: 'active', suspendedUntil: null, suspendReason: null });
      }
      const session = await sessions.create(user.id);
      return { user: toUser((await findUserById(db, user.id))!), ...session };
    },

    async logout(token: string): Promise<void> {
      await sessions.invalidate(token);
      closeSockets([sessionIdOf(token)]);
    },

    /** Ends every other session of the account; the current one stays signed in. */
    async changePassword(actor: Actor, token: string, input: unknown): Promise<void> {
      const user = requireSignedIn(actor);
      const data = parseInput(ChangePasswordInput, input);
      if (!(await verifyPassword(user.passwordHash, data.currentPassword))) {
        throw ValidationError({ currentPassword: 'The current password is not correct.' });
      }
      const passwordHash = await hashPassword(data.newPassword);
      const ended = await db.transaction(async (tx) => {
        await updateUser(tx, user.id, { passwordHash });
        await deletePasswordResets(tx, user.id);
        await mail.queue(tx, [accountMail(mail, user, 'password_changed', { path: '/forgot-password' })]);
        return deleteOtherSessions(tx, user.id, sessionIdOf(token));
      });
      mail.nudge();
      closeSockets(ended);
    },

    /** ADMIN_EMAIL + ADMIN_PASSWORD at start: an active admin, unless the e-mail has an account. */
    async ensureAdmin(email: string, password: string): Promise<void> {
      const normalized = email.trim().toLowerCase();
      if (await findUserByEmail(db, normalized)) return;
      await insertUser(db, {
        email: normalized,
        passwordHash: await hashPassword(password),
        displayName: 'Administrator',
        role: 'admin',
        status: 'active',
        emailConfirmedAt: new Date(),
      });
    },
  };
}
export type AuthService = ReturnType<typeof createAuthService>;
