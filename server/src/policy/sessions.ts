import { type SQL, sql } from 'drizzle-orm';
import { liveSessions } from '../db/schema/index.ts';
import { type Actor, isMember } from './actor.ts';
import { canModerateGroup, canReadGroup, readsGroupSql } from './group-space.ts';

type SessionAccessRow = { groupId: number; hostId: number; audience: 'group' | 'network' };

/** A network session is open to every active member; a group session to the group (and staff). */
export const canReadSession = (actor: Actor, s: SessionAccessRow) =>
  isMember(actor) && (s.audience === 'network' || canReadGroup(actor, s.groupId));

/** The SQL twin of canReadSession, as a condition on `live_sessions`. */
export const readableSessionSql = (actor: Actor): SQL =>
  isMember(actor) ? sql`(${liveSessions.audience} = 'network' or ${readsGroupSql(actor, liveSessions.groupId)})` : sql`false`;

/** The group's leads and network staff moderate a room, and so does its host while still a member. */
export const canModerateSession = (actor: Actor, s: SessionAccessRow) =>
  canModerateGroup(actor, s.groupId) || (isMember(actor) && s.hostId === actor.id && canReadGroup(actor, s.groupId));

/** A live question is seen in its room once published; under premoderation only by its asker and the room's moderators. */
export const canSeeQuestion = (actor: Actor, s: SessionAccessRow, q: { status: string; authorId: number | null }) =>
  canReadSession(actor, s) && (q.status !== 'pending' || (isMember(actor) && q.authorId === actor.id) || canModerateSession(actor, s));
