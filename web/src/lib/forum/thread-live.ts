import type { Post } from '@praxisnetz/shared';
import { getSocket } from '../realtime/socket.ts';

export type PostEvent = 'created' | 'updated' | 'deleted';

interface ThreadFollower {
  onPost(post: Post, event: PostEvent): void;
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
    });
  const handlers = {
    'post:created': (post: Post) => post.threadId === threadId && follower.onPost(post, 'created'),
    'post:updated': (post: Post) => post.threadId === threadId && follower.onPost(post, 'updated'),
    'post:deleted': (post: Post) => post.threadId === threadId && follower.onPost(post, 'deleted'),
  };

  socket.on('connect', join);
  socket.on('post:created', handlers['post:created']);
  socket.on('post:updated', handlers['post:updated']);
  socket.on('post:deleted', handlers['post:deleted']);
  if (socket.connected) join();

  return () => {
    active = false;
    delete document.documentElement.dataset.live;
    socket.off('connect', join);
    socket.off('post:created', handlers['post:created']);
    socket.off('post:updated', handlers['post:updated']);
    socket.off('post:deleted', handlers['post:deleted']);
    if (socket.connected) socket.emit('thread:leave', threadId);
  };
}
