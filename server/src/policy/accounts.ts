import { NOTIFICATION_KINDS, type NotificationKind } from '@praxisnetz/shared';
import { type SQL, sql } from 'drizzle-orm';
import { cities, users } from '../db/schema/index.ts';
import { Forbidden } from '../lib/errors.ts';
import { type Actor, isAdmin, isMember, isStaff, requireMember } from './actor.ts';

/** isStaff turned around, as a condition on `users`: the active moderators and admins, who approve new accounts. */
export const staffSql = (): SQL => sql`(${users.role} in ('moderator', 'admin') and ${users.status} = 'active')`;

/**
 * Who hears that an account awaits approval: the administrators, moderators without a city of their
 * own, and the moderators of the applicant's national network (whose city is in the applicant's
 * city's country); every moderator when the applicant named no city.
 */
export function approversOfSql(cityId: number | null): SQL {
  if (cityId === null) return staffSql();
  const sameCountry = sql`(select ${cities.id} from ${cities} where ${cities.country} = (select c.country from ${cities} c where c.id = ${cityId}))`;
  const coordinator = sql`${users.id} = (select c.coordinator_id from ${cities} c where c.id = ${cityId})`;
  return sql`((${staffSql()} and (${users.role} = 'admin' or ${users.cityId} is null or ${users.cityId} in ${sameCountry})) or (${users.status} = 'active' and ${coordinator}))`;
}

/** Who approves (or turns down) an applicant: network moderators and admins, and the coordinator of the applicant's city. */
export const canApproveAccount = (actor: Actor, applicant: { cityId: number | null }) =>
  isStaff(actor) || (isMember(actor) && applicant.cityId !== null && actor.coordinates.includes(applicant.cityId));

export function requireApprover(actor: Actor, applicant: { cityId: number | null }) {
  const user = requireMember(actor);
  if (!canApproveAccount(user, applicant)) throw Forbidden('Only moderators, and the coordinator of the applicant’s city, approve accounts.');
  return user;
}

/** Whether the actor approves anyone at all (the navigation's link to the applicants). */
export const approvesAccounts = (actor: Actor) => isStaff(actor) || (isMember(actor) && actor.coordinates.length > 0);

/** Moderators look after members' accounts (suspend, reinstate); moderators' and admins' accounts only admins. */
export const keepsAccount = (staff: NonNullable<Actor>, account: { role: 'member' | 'moderator' | 'admin' }) =>
  isStaff(staff) && (account.role === 'member' || staff.role === 'admin');

export function requireAccountKeeper(staff: NonNullable<Actor>, account: { role: 'member' | 'moderator' | 'admin' }): void {
  if (!keepsAccount(staff, account)) throw Forbidden('Only administrators look after the accounts of moderators and administrators.');
}

/** What only the network office (the administrators) hears of. */
const OFFICE_KINDS: NotificationKind[] = ['barrier_report', 'membership_application'];

/** The kinds of notification that apply to the actor: an account awaiting approval only to those who approve accounts, the office's kinds only to administrators. */
export const notificationKindsFor = (actor: Actor): NotificationKind[] =>
  NOTIFICATION_KINDS.filter((kind) => (kind !== 'account_pending' || approvesAccounts(actor)) && (!OFFICE_KINDS.includes(kind) || isAdmin(actor)));
