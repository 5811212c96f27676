import { inArray, type SQL, sql } from 'drizzle-orm';
import { groupMembers, users } from '../db/schema/index.ts';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { Forbidden } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';

/** The actor's role in a working group, when an active member of it. */
export const groupRole = (actor: Actor, groupId: number) =>
  isMember(actor) ? actor.groups.find((g) => g.id === groupId)?.role : undefined;

/**
 * A group's space (threads, documents, sessions for the group) is read by its members, and by
 * network moderators and admins, who curate every space.
 */
export const canReadGroup = (actor: Actor, groupId: number) => isStaff(actor) || groupRole(actor, groupId) !== undefined;

/** Leads moderate their group's content; network moderators and admins moderate every group's. */
export const canModerateGroup = (actor: Actor, groupId: number) => isStaff(actor) || groupRole(actor, groupId) === 'lead';

/** The ids of the groups whose space the actor reads; undefined means every group (staff). */
const readableGroupIds = (actor: Actor): number[] | undefined =>
  isStaff(actor) ? undefined : isMember(actor) ? actor.groups.map((g) => g.id) : [];

/**
 * The SQL twin of canReadGroup: `groupId` (a column holding a group's id) is a group whose space
 * the actor reads. Memberships travel with the actor, so this is a constant list, not a join.
 */
export function readsGroupSql(actor: Actor, groupId: PgColumn): SQL {
  const ids = readableGroupIds(actor);
  if (ids === undefined) return sql`true`;
  if (ids.length === 0) return sql`false`;
  return inArray(groupId, ids);
}

/**
 * canReadGroup turned around, as a condition on `users`: the people who read group `groupId`'s
 * space (for telling them of something in it).
 */
export const groupReadersSql = (groupId: number | PgColumn): SQL =>
  sql`(${users.role} in ('moderator', 'admin') or exists (select 1 from ${groupMembers} where ${groupMembers.groupId} = ${groupId} and ${groupMembers.userId} = ${users.id} and ${groupMembers.status} = 'active'))`;

/** A group's leads, and network moderators and admins, run its membership and its description. */
export function requireGroupModerator(actor: Actor, groupId: number) {
  const user = requireMember(actor);
  if (!canModerateGroup(user, groupId)) throw Forbidden('Only the group’s leads, moderators and administrators may do this.');
  return user;
}
