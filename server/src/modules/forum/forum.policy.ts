import { type Actor, isMember, isStaff, requireMember } from '../../lib/actor.ts';
import { Forbidden } from '../../lib/errors.ts';
import type { PostRow } from './posts.repo.ts';

/** The forum is the members' space: reading and writing need an approved account. */
export const requireForumReader = requireMember;
export const requireForumWriter = requireMember;
export const canReadForum = isMember;

/** Authors change their own posts; moderators and admins change any. */
export function requirePostEditor(actor: Actor, post: PostRow) {
  const user = requireMember(actor);
  if (post.authorId !== user.id && !isStaff(user)) throw Forbidden('You may only change your own posts.');
  return user;
}
