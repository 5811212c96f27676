import { type Actor, canModerateGroup, canReadGroup, isMember, isStaff, requireMember } from '../../lib/actor.ts';
import type { PostPermissions } from '@praxisnetz/shared';
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

/** Network moderators and admins moderate every category; a group's leads moderate its category. */
export const canModerateCategory = (actor: Actor, category: CategoryAccess) =>
  isStaff(actor) || (category.groupId !== null && canModerateGroup(actor, category.groupId));

/**
 * How a person stands to a post: its author, a moderator of its category, or a reader. Authors
 * change their own posts; moderators and admins any, a group's leads any in its threads.
 */
export type PostAudience = 'author' | 'moderator' | 'reader';

export function postAudience(actor: Actor, post: Pick<PostRow, 'authorId'>, category: CategoryAccess): PostAudience {
  if (!isMember(actor)) return 'reader';
  if (post.authorId === actor.id) return 'author';
  return canModerateCategory(actor, category) ? 'moderator' : 'reader';
}

/** What the audience may do with the post: a deleted post is changed by nobody. */
export const postPermissions = (audience: PostAudience, deleted: boolean): PostPermissions => {
  const may = !deleted && audience !== 'reader';
  return { canEdit: may, canDelete: may };
};

export function requirePostEditor(actor: Actor, post: PostRow, category: CategoryAccess) {
  const user = requireMember(actor);
  if (postAudience(user, post, category) === 'reader') throw Forbidden('You may only change your own posts.');
  return user;
}
