import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { flags, groupMembers, users } from '../db/schema/index.ts';
import { keepsAccount, staffSql } from './accounts.ts';
import { Forbidden } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';
import { canModerateGroup } from './group-space.ts';

/** Network moderators and admins review every flag; a group's leads those on items in its space. */
export const canReviewFlags = (actor: Actor, groupId: number | null) =>
  isStaff(actor) || (groupId !== null && canModerateGroup(actor, groupId));

/**
 * What the actor moderates, as a condition on a column holding a group's id: everything for
 * network staff, their groups' spaces for leads; refuses those who moderate nothing.
 */
export function moderatedSpaceSql(actor: Actor, groupId: PgColumn): SQL {
  const user = requireMember(actor);
  if (isStaff(user)) return sql`true`;
  const led = user.groups.filter((g) => g.role === 'lead').map((g) => g.id);
  if (led.length === 0) throw Forbidden('Only moderators and the leads of working groups may see this.');
  return sql`${groupId} in ${led}`;
}

/** The flags in the queue the actor reviews, as a condition on `flags`. */
export const reviewableFlagsSql = (actor: Actor): SQL => moderatedSpaceSql(actor, flags.groupId);

/** canReviewFlags turned around, as a condition on `users`: who reviews flags on an item of this group's space (or the open network's). */
export const flagReviewersSql = (groupId: number | null): SQL =>
  groupId === null
    ? staffSql()
    : sql`(${staffSql()} or (${users.status} = 'active' and exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groupId} and ${groupMembers.userId} = ${users.id} and ${groupMembers.role} = 'lead' and ${groupMembers.status} = 'active')))`;

/** Whether the actor reviews anything at all (the staff navigation's queue link). */
export const reviewsFlags = (actor: Actor) => isMember(actor) && (isStaff(actor) || actor.groups.some((g) => g.role === 'lead'));

/** A reviewer warns the author of a flagged item (not themselves) along with the decision. */
export const canWarnAuthor = (actor: Actor, authorId: number | null) => isMember(actor) && authorId !== null && authorId !== actor.id;

/** A reviewer who keeps the author's account (network staff, members' accounts) may go on to suspend it. */
export const canSuspendAuthor = (actor: Actor, author: { id: number; role: 'member' | 'moderator' | 'admin' } | null) =>
  isMember(actor) && author !== null && author.id !== actor.id && keepsAccount(actor, author);
