import { type SQL, sql } from 'drizzle-orm';
import { flags } from '../db/schema/index.ts';
import { Forbidden } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';
import { canModerateGroup } from './group-space.ts';

/** Network moderators and admins review every flag; a group's leads those on items in its space. */
export const canReviewFlags = (actor: Actor, groupId: number | null) =>
  isStaff(actor) || (groupId !== null && canModerateGroup(actor, groupId));

/** The SQL twin for the queue, as a condition on `flags`; refuses those who review nothing. */
export function reviewableFlagsSql(actor: Actor): SQL {
  const user = requireMember(actor);
  if (isStaff(user)) return sql`true`;
  const led = user.groups.filter((g) => g.role === 'lead').map((g) => g.id);
  if (led.length === 0) throw Forbidden('Only moderators and the leads of working groups review flags.');
  return sql`${flags.groupId} in ${led}`;
}

/** Whether the actor reviews anything at all (the staff navigation's queue link). */
export const reviewsFlags = (actor: Actor) => isMember(actor) && (isStaff(actor) || actor.groups.some((g) => g.role === 'lead'));
