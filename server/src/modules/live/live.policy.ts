import { type Actor, canModerateGroup, canReadGroup, isMember } from '../../lib/actor.ts';

type SessionAccessRow = { groupId: number; hostId: number; audience: 'group' | 'network' };

/** A network session is open to every active member; a group session to the group (and staff). */
export const canReadSession = (actor: Actor, s: SessionAccessRow) =>
  isMember(actor) && (s.audience === 'network' || canReadGroup(actor, s.groupId));

/** The group's leads and network staff moderate a room, and so does its host while still a member. */
export const canModerateSession = (actor: Actor, s: SessionAccessRow) =>
  canModerateGroup(actor, s.groupId) || (isMember(actor) && s.hostId === actor.id && canReadGroup(actor, s.groupId));
