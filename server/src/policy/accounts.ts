import { NOTIFICATION_KINDS, type NotificationKind } from '@praxisnetz/shared';
import { type SQL, sql } from 'drizzle-orm';
import { users } from '../db/schema/index.ts';
import { type Actor, isStaff } from './actor.ts';

/** isStaff turned around, as a condition on `users`: the active moderators and admins, who approve new accounts. */
export const staffSql = (): SQL => sql`(${users.role} in ('moderator', 'admin') and ${users.status} = 'active')`;

/** The kinds of notification that apply to the actor: an account awaiting approval only to those who approve accounts. */
export const notificationKindsFor = (actor: Actor): NotificationKind[] =>
  NOTIFICATION_KINDS.filter((kind) => kind !== 'account_pending' || isStaff(actor));
