import { isMember, isStaff, requireMember, requireStaff } from './actor.ts';

/** Collections are the members' reading lists: approved members read them (each entry by its own rule). */
export const requireCollectionReader = requireMember;
export const canReadCollections = isMember;

/** Network moderators and administrators keep them. */
export const canEditCollections = isStaff;
export const requireCollectionEditor = requireStaff;
