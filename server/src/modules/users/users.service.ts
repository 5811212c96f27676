import {
  AutoWatchInput,
  type Page,
  RejectInput,
  rooms,
  SuspendInput,
  UpdateLocaleInput,
  UpdateRoleInput,
  UpdateProfileInput,
  type User,
  USERS_PER_PAGE,
  UserListQuery,
} from '@praxisnetz/shared';
import { decodeCursor, encodeCursor, isActivityKey } from '../../lib/cursor.ts';
import { endOfNetworkDay } from '../../lib/network-time.ts';
import type { Db } from '../../db/client.ts';
import { type Actor, approvesAccounts, isStaff, requireAccountKeeper, requireAdmin, requireApprover, requireMember, requireSignedIn, requireStaff } from '../../policy/index.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { deleteUserSessions } from '../auth/index.ts';
import { findCityBySlug } from '../cities/index.ts';
import { topicIdsOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import { recordModeration } from '../moderation/index.ts';
import { toUser } from './users.mapper.ts';
import { approveUser, deletePendingUser, findUserById, listUsers, setExpertise, updateUser } from './users.repo.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import type { NotificationsService } from '../notifications/index.ts';

export function createUsersService(deps: {
  db: Db;
  publisher: Publisher;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
}) {
  const { db, publisher, notifications, mail } = deps;
  async function reload(id: number): Promise<User> {
    const user = await findUserById(db, id);
    if (!user) throw NotFound('User');
    return toUser(user);
  }

  return {
    /** The current state of an account, for long-lived connections that outlast a request. */
    async actorById(id: number): Promise<Actor> {
      return (await findUserById(db, id)) ?? null;
    },

    me(actor: Actor): User {
      return toUser(requireSignedIn(actor));
    },

    async list(actor: Actor, query: unknown): Promise<Page<User>> {
      requireStaff(actor);
      const { status, role, city, seen, q, cursor } = parseInput(UserListQuery, query);
      const after = decodeCursor(cursor, isActivityKey);
      const rows = await listUsers(
        db,
        { status, role, citySlug: city, seen: seen === 'never' ? 'never' : seen ? Number(seen) : undefined, q },
        after && { at: new Date(after.at), id: after.id },
        USERS_PER_PAGE + 1,
      );
      const items = rows.slice(0, USERS_PER_PAGE).map(toUser);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > USERS_PER_PAGE && last ? encodeCursor({ at: last.createdAt, id: last.id }) : null };
    },

    /** The applicants the actor may approve: every one for moderators, their city's for a coordinator. */
    async applicants(actor: Actor): Promise<User[]> {
      const user = requireMember(actor);
      if (!approvesAccounts(user)) throw Forbidden('Only moderators, and the coordinators of cities, approve accounts.');
      const rows = await listUsers(db, { status: 'pending', cityIds: isStaff(user) ? undefined : user.coordinates }, null, USERS_PER_PAGE);
      return rows.map(toUser);
    },

    /** Approves a pending account whose address is confirmed; its owner is told in the app and by mail. */
    async approve(actor: Actor, id: number): Promise<User> {
      requireMember(actor);
      const user = await findUserById(db, id);
      if (!user) throw NotFound('User');
      const approver = requireApprover(actor, user);
      if (user.status === 'pending' && user.emailConfirmedAt === null) {
        throw Conflict('The applicant has not confirmed their e-mail address yet.', 'email_unconfirmed');
      }
      const told = await db.transaction(async (tx) => {
        if (!(await approveUser(tx, id, approver.id))) return [];
        await recordModeration(tx, { actorId: approver.id, action: 'user.approve', targetUserId: id });
        return notifications.tell(tx, 'account_approved', [id], { actorId: approver.id }, { title: user.displayName, actor: approver.displayName, path: '/' });
      });
      await notifications.told(told);
      return reload(id);
    },

    /** Turns a registration down: the account is deleted, the applicant gets the reason by mail. */
    async reject(actor: Actor, id: number, input: unknown): Promise<void> {
      requireMember(actor);
      const { reason } = parseInput(RejectInput, input);
      const user = await findUserById(db, id);
      if (!user) throw NotFound('User');
      const approver = requireApprover(actor, user);
      if (user.status !== 'pending') throw Conflict('Only a registration awaiting approval can be turned down.');
      await db.transaction(async (tx) => {
        // The entry outlives the account: deleting it leaves the action, the reason and the city, not the person.
        await recordModeration(tx, { actorId: approver.id, action: 'user.reject', targetUserId: id, details: { reason, city: user.city?.name ?? null } });
        if (!(await deletePendingUser(tx, id))) throw Conflict('Only a registration awaiting approval can be turned down.');
        await mail.queue(tx, [accountMail(mail, { ...user, id: null }, 'account_rejected', { quote: reason })]);
      });
      mail.nudge();
      publisher.disconnect(rooms.user(id));
    },

    /** Admins give and take the moderator and admin roles, but never their own. */
    async setRole(actor: Actor, id: number, input: unknown): Promise<User> {
      const admin = requireAdmin(actor);
      const { role } = parseInput(UpdateRoleInput, input);
      if (id === admin.id) throw Forbidden('You cannot change your own role.');
      const user = await findUserById(db, id);
      if (!user) throw NotFound('User');
      await db.transaction(async (tx) => {
        await updateUser(tx, id, { role });
        await recordModeration(tx, { actorId: admin.id, action: 'user.role', targetUserId: id, details: { from: user.role, to: role } });
      });
      return reload(id);
    },

    /**
     * Suspension signs the account out everywhere and closes its live connections at once; only
     * admins suspend moderators and admins, and nobody suspends themselves.
     */
    async suspend(actor: Actor, id: number, input: unknown): Promise<User> {
      const staff = requireStaff(actor);
      const user = await findUserById(db, id);
      if (!user) throw NotFound('User');
      if (id === staff.id) throw Forbidden('You cannot suspend yourself.');
      requireAccountKeeper(staff, user);
      const { reason, until } = parseInput(SuspendInput, input);
      const end = until ? endOfNetworkDay(until) : null;
      if (end && end.getTime() <= Date.now()) throw ValidationError({ until: 'Choose a day in the future.' });
      await db.transaction(async (tx) => {
        await updateUser(tx, id, { status: 'suspended', suspendedUntil: end, suspendReason: reason });
        await deleteUserSessions(tx, id);
        await recordModeration(tx, { actorId: staff.id, action: 'user.suspend', targetUserId: id, details: { reason, until: end?.toISOString() ?? null } });
      });
      publisher.disconnect(rooms.user(id));
      return reload(id);
    },

    /**
     * An administrator signs a person out everywhere (a lost laptop, a shared account): every
     * session of the account ends and its live connections close on every node.
     */
    async endSessions(actor: Actor, id: number): Promise<void> {
      const admin = requireAdmin(actor);
      if (!(await findUserById(db, id))) throw NotFound('User');
      await db.transaction(async (tx) => {
        await deleteUserSessions(tx, id);
        await recordModeration(tx, { actorId: admin.id, action: 'user.sessions_end', targetUserId: id });
      });
      publisher.disconnect(rooms.user(id));
    },

    async reinstate(actor: Actor, id: number): Promise<User> {
      const staff = requireStaff(actor);
      const user = await findUserById(db, id);
      if (!user) throw NotFound('User');
      requireAccountKeeper(staff, user);
      if (user.status !== 'suspended') return toUser(user);
      await db.transaction(async (tx) => {
        await updateUser(tx, id, { status: 'active', suspendedUntil: null, suspendReason: null });
        await recordModeration(tx, { actorId: staff.id, action: 'user.reinstate', targetUserId: id });
      });
      return reload(id);
    },

    /**
     * Name, city, bio, UI language, time zone, office, expertise, languages spoken and whether the
     * address shows: the fields given change, the others stay. The role is given by admins, not chosen.
     */
    async updateProfile(actor: Actor, input: unknown): Promise<User> {
      const user = requireSignedIn(actor);
      const { citySlug, timeZone, expertise, ...fields } = parseInput(UpdateProfileInput, input);
      const city = citySlug === undefined ? undefined : await findCityBySlug(db, citySlug);
      if (citySlug !== undefined && !city) throw ValidationError({ citySlug: 'Choose a member city from the list.' });
      const topicIds = expertise && (await topicIdsOf(db, expertise));
      if (topicIds === null) throw ValidationError({ expertise: UNKNOWN_TOPIC });
      await db.transaction(async (tx) => {
        const patch = { ...fields, ...(city && { cityId: city.id }), ...(timeZone !== undefined && { timeZone: timeZone || null }) };
        if (Object.keys(patch).length) await updateUser(tx, user.id, patch);
        if (topicIds) await setExpertise(tx, user.id, topicIds);
      });
      return reload(user.id);
    },

    async updateAutoWatch(actor: Actor, input: unknown): Promise<User> {
      const user = requireMember(actor);
      const { autoWatch } = parseInput(AutoWatchInput, input);
      await updateUser(db, user.id, { autoWatch });
      return reload(user.id);
    },

    async updateLocale(actor: Actor, input: unknown): Promise<User> {
      const user = requireSignedIn(actor);
      const { locale } = parseInput(UpdateLocaleInput, input);
      await updateUser(db, user.id, { locale });
      return reload(user.id);
    },
  };
}
export type UsersService = ReturnType<typeof createUsersService>;
