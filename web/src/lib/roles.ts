import type { User } from '@praxisnetz/shared';

// What an account may do comes from the server (User.permissions); these only read it.

/** An approved account that takes part; pending accounts wait for approval. */
export const isMember = (user: User | null | undefined): user is User => !!user?.permissions.takePart;

export const isStaff = (user: User | null | undefined): user is User => !!user?.permissions.moderate;

export const reviewsFlags = (user: User | null | undefined): user is User => !!user?.permissions.reviewFlags;

export const approvesAccounts = (user: User | null | undefined): user is User => !!user?.permissions.approveAccounts;

export const isAdmin = (user: User | null | undefined): user is User => !!user?.permissions.administer;
