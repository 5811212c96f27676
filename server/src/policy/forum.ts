import type { PostPermissions, ThreadPermissions } from '@praxisnetz/shared';
import { type SQL, sql } from 'drizzle-orm';
import { categories, posts, threads, users } from '../db/schema/index.ts';
import { Forbidden, NotFound } from '../lib/errors.ts';
import { type Actor, isMember, isStaff, requireMember } from './actor.ts';
import { canModerateGroup, canReadGroup, groupReadersSql, readsGroupSql } from './group-space.ts';

/** The forum is the members' space: reading and writing need an approved account. */
export const requireForumReader = requireMember;
export const requireForumWriter = requireMember;
export const canReadForum = isMember;

type CategoryAccess = { groupId: number | null };

/** A working group's category is its private space: its members and network staff read it. */
export const canReadCategory = (actor: Actor, category: CategoryAccess) =>
  isMember(actor) && (category.groupId === null || canReadGroup(actor, category.groupId));

/** The SQL twin of canReadCategory, as a condition on `categories`. */
export const readableCategorySql = (actor: Actor): SQL =>
  isMember(actor) ? sql`(${categories.groupId} is null or ${readsGroupSql(actor, categories.groupId)})` : sql`false`;

/** canReadCategory turned around, as a condition on `users`: who reads this category's threads. */
export const categoryReadersSql = (category: CategoryAccess): SQL =>
  category.groupId === null ? sql`${users.status} = 'active'` : sql`(${users.status} = 'active' and ${groupReadersSql(category.groupId)})`;

/** The same for many categories at once, as a condition on `users` and `categories` joined. */
export const readsCategoryRowSql = (): SQL =>
  sql`(${users.status} = 'active' and (${categories.groupId} is null or ${groupReadersSql(categories.groupId)}))`;

/**
 * The same rule as conditions on `threads` and on `posts` alone, for queries over many rows
 * (search): the group categories the actor may not read are few, so their ids (and their threads'
 * ids) make a short array each candidate is checked against, without a join.
 */
export function readableThreadAndPostSql(actor: Actor): { threads: SQL; posts: SQL } {
  if (!isMember(actor)) return { threads: sql`false`, posts: sql`false` };
  // Hidden threads (few) are left out for everyone: their author and moderators open them directly;
  // a merged thread's posts are found in the thread they joined.
  const hidden = sql`select ${threads.id} from ${threads} where ${threads.hiddenAt} is not null`;
  const shown = { threads: sql`${threads.hiddenAt} is null and ${threads.mergedIntoId} is null`, posts: sql`${posts.threadId} <> all(array(${hidden}))` };
  if (isStaff(actor)) return shown;
  const closed = sql`select ${categories.id} from ${categories} where ${categories.groupId} is not null and not ${readsGroupSql(actor, categories.groupId)}`;
  return {
    threads: sql`${shown.threads} and ${threads.categoryId} <> all(array(${closed}))`,
    posts: sql`${shown.posts} and ${posts.threadId} <> all(array(select ${threads.id} from ${threads} where ${threads.categoryId} in (${closed})))`,
  };
}
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

export function postAudience(actor: Actor, post: { authorId: number }, category: CategoryAccess): PostAudience {
  if (!isMember(actor)) return 'reader';
  if (post.authorId === actor.id) return 'author';
  return canModerateCategory(actor, category) ? 'moderator' : 'reader';
}

/**
 * What the audience may do with the post: a deleted post is changed by nobody; moderators hide and
 * unhide; a reply is marked helpful by members other than its author (readers are members here:
 * only members read the forum).
 */
export const postPermissions = (audience: PostAudience, post: { isOpening: boolean }, deleted: boolean): PostPermissions => {
  const may = !deleted && audience !== 'reader';
  return { canEdit: may, canDelete: may, canHide: !deleted && audience === 'moderator', canMarkHelpful: !deleted && !post.isOpening && audience !== 'author' };
};

/** Whether the audience sees a hidden post's text (and why it was hidden): its author and its moderators. */
export const seesHidden = (audience: PostAudience) => audience !== 'reader';

/**
 * What the actor may do with a thread: reply unless it is locked (its moderators still may),
 * moderate it (lock, pin in its category, hide replies) as a moderator of its category, and pin it
 * above every list as network staff.
 */
export function threadPermissions(actor: Actor, thread: { lockedAt: Date | null; authorId: number; kind: 'discussion' | 'question' }, category: CategoryAccess): ThreadPermissions {
  const canModerate = isMember(actor) && canModerateCategory(actor, category);
  return {
    canReply: isMember(actor) && (thread.lockedAt === null || canModerate),
    canModerate,
    canPinGlobally: canModerate && isStaff(actor),
    canCurate: canModerate,
    canRename: canModerate || (isMember(actor) && thread.authorId === actor.id),
    canAccept: thread.kind === 'question' && (canModerate || (isMember(actor) && thread.authorId === actor.id)),
  };
}

/** A hidden thread is missing to its readers; its author and its moderators still open it. */
export const canSeeThread = (actor: Actor, thread: { authorId: number; hiddenAt: Date | null }, category: CategoryAccess) =>
  thread.hiddenAt === null || (isMember(actor) && (thread.authorId === actor.id || canModerateCategory(actor, category)));

/** A thread's title is changed by its author and its moderators (threadPermissions' canRename). */
export function requireThreadRenamer(actor: Actor, thread: { authorId: number; lockedAt: Date | null; kind: 'discussion' | 'question' }, category: CategoryAccess) {
  const user = requireMember(actor);
  if (!threadPermissions(user, thread, category).canRename) throw Forbidden('Only its author and its moderators rename a thread.');
  return user;
}

export function requireThreadModerator(actor: Actor, category: CategoryAccess) {
  const user = requireMember(actor);
  if (!canModerateCategory(user, category)) throw Forbidden('Only the moderators of this category may do this.');
  return user;
}

export function requirePostEditor(actor: Actor, post: { authorId: number }, category: CategoryAccess) {
  const user = requireMember(actor);
  if (postAudience(user, post, category) === 'reader') throw Forbidden('You may only change your own posts.');
  return user;
}
