import { getSocket } from '../realtime/socket.ts';

/**
 * A member's home follows the threads it lists: a new reply in one of them is reported (the page
 * then loads its panels afresh, unread counts included). No catch-up: a reload after reconnecting
 * does that. Returns the function that stops following.
 */
export function followListedThreads(threadIds: number[], onReply: () => void): () => void {
  const socket = getSocket();
  const listed = new Set(threadIds);
  const join = () => {
    let waiting = listed.size;
    // Lets the browser tests know the replies are followed.
    for (const id of listed) {
      socket.emit('thread:join', id, () => {
        waiting -= 1;
        if (waiting === 0) document.documentElement.dataset.threadsLive = 'connected';
      });
    }
  };
  const created = (post: { threadId: number }) => {
    if (listed.has(post.threadId)) onReply();
  };
  socket.on('connect', join);
  socket.on('post:created', created);
  if (socket.connected) join();
  return () => {
    delete document.documentElement.dataset.threadsLive;
    socket.off('connect', join);
    socket.off('post:created', created);
    if (socket.connected) for (const id of listed) socket.emit('thread:leave', id);
  };
}
