import { type Actor, canModerateGroup, canReadGroup, isMember, isStaff, requireMember } from '../../lib/actor.ts';
import { Forbidden, NotFound } from '../../lib/errors.ts';
import type { CategoryRow } from './categories.repo.ts';
import type { PostRow } from './posts.repo.ts';

/** The forum is the members' space: reading and writing need an approved account. */
export const requireForumReader = requireMember;
export const requireForumWriter = requireMember;
export const canReadForum = isMember;

type CategoryAccess = Pick<CategoryRow, 'groupId'>;

/** A working group's category is its private space: its members and network staff read it. */
export const canReadCategory = (actor: Actor, category: CategoryAccess) =>
  isMember(actor) && (category.groupId === null || canReadGroup(actor, category.groupId));

/** What a reader may not read is reported as missing, so a group's threads stay unknown outside it. */
export function requireCategoryReader<C extends CategoryAccess>(actor: Actor, category: C | undefined, what: string): C {
  const user = requireForumReader(actor);
  if (!category || !canReadCategory(user, category)) throw NotFound(what);
  return category;
}

/** Authors change their own posts; moderators and admins change any, a group's leads any in its threads. */
export function requirePostEditor(actor: Actor, post: PostRow, category: CategoryAccess) {
  const user = requireMember(actor);
  const groupLead = category.groupId !== null && canModerateGroup(user, category.groupId);
  if (post.authorId !== user.id && !isStaff(user) && !groupLead) throw Forbidden('You may only change your own posts.');
  return user;
}
