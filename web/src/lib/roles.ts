import type { User } from '@praxisnetz/shared';

/** Active members take part; pending accounts wait for approval. */
export const isMember = (user: User | null | undefined): user is User => user?.status === 'active';

export const isStaff = (user: User | null | undefined): user is User => isMember(user) && user.role !== 'member';

export const isAdmin = (user: User | null | undefined): user is User => isMember(user) && user.role === 'admin';
