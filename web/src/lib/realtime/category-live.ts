import type { ThreadSummary } from '@praxisnetz/shared';
import { getSocket } from './socket.ts';

/** Joins a category's room (again after each reconnect) and reports new threads. Returns the stop function. */
export function followCategory(slug: string, onThread: (thread: ThreadSummary) => void): () => void {
  const socket = getSocket();
  const join = () => socket.emit('category:join', slug, () => {});
  const created = (thread: ThreadSummary) => {
    if (thread.category.slug === slug) onThread(thread);
  };
  socket.on('connect', join);
  socket.on('thread:created', created);
  if (socket.connected) join();
  return () => {
    socket.off('connect', join);
    socket.off('thread:created', created);
    if (socket.connected) socket.emit('category:leave', slug);
  };
}
