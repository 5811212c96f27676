import type { ThreadSummary } from '@praxisnetz/shared';
import { getSocket } from '../realtime/socket.ts';

interface CategoryFollower {
  onThread(thread: ThreadSummary): void;
  /** after a dropped connection: threads may have been opened meanwhile, so reload the list */
  onReconnect(): void;
}

/** Joins a category's room (again after each reconnect) and reports new threads. Returns the stop function. */
export function followCategory(slug: string, follower: CategoryFollower): () => void {
  const socket = getSocket();
  let joinedBefore = false;
  const join = () =>
    socket.emit('category:join', slug, (result) => {
      if (!result.ok) return;
      document.documentElement.dataset.live = 'connected';
      if (joinedBefore) follower.onReconnect();
      joinedBefore = true;
    });
  const created = (thread: ThreadSummary) => {
    if (thread.category.slug === slug) follower.onThread(thread);
  };
  socket.on('connect', join);
  socket.on('thread:created', created);
  if (socket.connected) join();
  return () => {
    delete document.documentElement.dataset.live;
    socket.off('connect', join);
    socket.off('thread:created', created);
    if (socket.connected) socket.emit('category:leave', slug);
  };
}
