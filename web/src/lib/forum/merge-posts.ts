import type { Post } from '@praxisnetz/shared';

/** Events can arrive twice or out of order; the copy with the higher version wins. */
export const isNewer = (incoming: Post, known: Post | undefined): boolean => !known || incoming.version > known.version;

export type MergeOutcome = 'updated' | 'appended' | 'later-page' | 'ignored';

/**
 * Places a post into the replies shown on one page: replaces a known copy, appends a new reply when the
 * page is the last one, and reports replies that belong to a later page.
 */
export function mergeReply(replies: Post[], post: Post, isLastPage: boolean): { replies: Post[]; outcome: MergeOutcome } {
  const index = replies.findIndex((p) => p.id === post.id);
  if (index >= 0) {
    return isNewer(post, replies[index]) ? { replies: replies.with(index, post), outcome: 'updated' } : { replies, outcome: 'ignored' };
  }
  const first = replies[0];
  if (first && post.id < first.id) return { replies, outcome: 'ignored' };
  if (!isLastPage) return { replies, outcome: 'later-page' };
  return { replies: [...replies, post].sort((a, b) => a.id - b.id), outcome: 'appended' };
}

