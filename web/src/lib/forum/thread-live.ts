import type { HelpfulCount, Post, ThreadStatus } from '@praxisnetz/shared';
import { getSocket } from '../realtime/socket.ts';

export type PostEvent = 'created' | 'updated' | 'deleted';

interface ThreadFollower {
  onPost(post: Post, event: PostEvent): void;
  /** the thread's state to fetch again: `changed` when a moderator locked, pinned …, not after a (re)connect's catch-up */
  onStatus(changed: boolean): void;
  /** a reply's helpful marks changed */
  onHelpful(count: HelpfulCount): void;
  /** the thread's newest change number the page knows of, for the catch-up after a (re)connect */
  lastSeq(): number;
}

/** Change numbers follow the order in which changes committed, so nothing between two of them is missed. */
async function fetchChanges(threadId: number, after: number): Promise<Post[]> {
  const response = await fetch(`/api/threads/${threadId}/changes?after=${after}`, {
    credentials: 'same-origin',
    headers: { accept: 'application/json' },
  });
  if (!response.ok) return [];
  return ((await response.json()) as { items: Post[] }).items;
}

/** The thread's moderation state with this reader's rights, asked for after `thread:updated`. */
export async function fetchThreadStatus(threadId: number): Promise<ThreadStatus | null> {
  const response = await fetch(`/api/threads/${threadId}/status`, { credentials: 'same-origin', headers: { accept: 'application/json' } });
  if (!response.ok) return null;
  return ((await response.json()) as { thread: ThreadStatus }).thread;
}

/**
 * Joins the thread's room and reports every created, edited or deleted post. After each (re)connect it
 * joins again and fetches what changed meanwhile. Returns the function that stops following.
 */
export function followThread(threadId: number, follower: ThreadFollower): () => void {
  const socket = getSocket();
  let active = true;

  const join = () =>
    socket.emit('thread:join', threadId, async (result) => {
      if (!result.ok) return;
      // Lets a page (and the browser tests) know live updates are flowing.
      document.documentElement.dataset.live = 'connected';
      for (const post of await fetchChanges(threadId, follower.lastSeq())) {
        if (active) follower.onPost(post, post.deleted ? 'deleted' : post.editedAt ? 'updated' : 'created');
      }
      // A lock or pin while the connection was away is caught up as well.
      if (active) follower.onStatus(false);
    });
  const handlers = {
    'post:created': (post: Post) => post.threadId === threadId && follower.onPost(post, 'created'),
    'post:updated': (post: Post) => post.threadId === threadId && follower.onPost(post, 'updated'),
    'post:deleted': (post: Post) => post.threadId === threadId && follower.onPost(post, 'deleted'),
    'thread:updated': (thread: { id: number }) => thread.id === threadId && follower.onStatus(true),
    'post:helpful': (count: HelpfulCount) => count.threadId === threadId && follower.onHelpful(count),
  };

  socket.on('connect', join);
  socket.on('post:created', handlers['post:created']);
  socket.on('post:updated', handlers['post:updated']);
  socket.on('post:deleted', handlers['post:deleted']);
  socket.on('thread:updated', handlers['thread:updated']);
  socket.on('post:helpful', handlers['post:helpful']);
  if (socket.connected) join();

  return () => {
    active = false;
    delete document.documentElement.dataset.live;
    socket.off('connect', join);
    socket.off('post:created', handlers['post:created']);
    socket.off('post:updated', handlers['post:updated']);
    socket.off('post:deleted', handlers['post:deleted']);
    socket.off('thread:updated', handlers['thread:updated']);
    socket.off('post:helpful', handlers['post:helpful']);
    if (socket.connected) socket.emit('thread:leave', threadId);
  };
}
