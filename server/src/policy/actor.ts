import type { UserWithCity } from '../modules/users/index.ts';
import { Forbidden, Unauthenticated } from '../lib/errors.ts';

/** Who is acting: the signed-in user, or null for an anonymous visitor. */
export type Actor = UserWithCity | null;

export function requireSignedIn(actor: Actor): UserWithCity {
  if (!actor) throw Unauthenticated();
  return actor;
}

/** Active members take part; pending accounts wait for approval. */
export function requireMember(actor: Actor): UserWithCity {
  const user = requireSignedIn(actor);
  if (user.status === 'suspended') throw Forbidden('Your account is suspended.', 'account_suspended');
  if (user.status !== 'active') throw Forbidden('Your account is waiting for approval.', 'account_pending');
  return user;
}

/** An approved account: what requireMember demands, as a question. */
export const isMember = (actor: Actor): actor is UserWithCity => actor?.status === 'active';

export const isStaff = (actor: Actor) => isMember(actor) && (actor.role === 'moderator' || actor.role === 'admin');

export function requireStaff(actor: Actor): UserWithCity {
  const user = requireMember(actor);
  if (!isStaff(user)) throw Forbidden('Only moderators and administrators may do this.');
  return user;
}

export const isAdmin = (actor: Actor) => isMember(actor) && actor.role === 'admin';

export function requireAdmin(actor: Actor): UserWithCity {
  const user = requireMember(actor);
  if (!isAdmin(user)) throw Forbidden('Only administrators may do this.');
  return user;
}
