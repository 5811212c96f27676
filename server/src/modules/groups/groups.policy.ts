import { type Actor, canModerateGroup, requireMember } from '../../lib/actor.ts';
import { Forbidden } from '../../lib/errors.ts';

/** A group's leads, and network moderators and admins, run its membership and its description. */
export function requireGroupModerator(actor: Actor, groupId: number) {
  const user = requireMember(actor);
  if (!canModerateGroup(user, groupId)) throw Forbidden('Only the group’s leads, moderators and administrators may do this.');
  return user;
}
