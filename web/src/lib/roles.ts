import type { Author, User } from '@praxisnetz/shared';

/** Active members take part; pending accounts wait for approval. */
export const isMember = (user: User | null | undefined): user is User => user?.status === 'active';

export const isStaff = (user: User | null | undefined): user is User => isMember(user) && user.role !== 'member';

export const isAdmin = (user: User | null | undefined): user is User => isMember(user) && user.role === 'admin';

/** Authors change their own posts; moderators and administrators change any. */
export const canChangePost = (viewer: User, post: { author: Author; deleted: boolean }) =>
  !post.deleted && (post.author.id === viewer.id || isStaff(viewer));
