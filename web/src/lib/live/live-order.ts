import type { Question } from '@praxisnetz/shared';

/** Most votes first; among equals the older question first, so the order does not jump around. */
export const byVotes = (a: Question, b: Question) => b.voteCount - a.voteCount || a.id - b.id;

export const byNewest = (a: Question, b: Question) => b.id - a.id;
