import type { Post, ThreadSummary } from './forum.ts';

export type Ack = (result: { ok: true } | { ok: false; code: string }) => void;

export interface ServerToClientEvents {
  'post:created': (post: Post) => void;
  'post:updated': (post: Post) => void;
  'post:deleted': (post: Post) => void;
  'thread:created': (thread: ThreadSummary) => void;
}

export interface ClientToServerEvents {
  'thread:join': (threadId: number, ack: Ack) => void;
  'thread:leave': (threadId: number) => void;
  'category:join': (slug: string, ack: Ack) => void;
  'category:leave': (slug: string) => void;
}

export type InterServerEvents = Record<string, never>;

export interface SocketData {
  /** the signed-in account from the handshake cookie; null for anonymous sockets */
  userId: number | null;
}

export const rooms = {
  user: (id: number) => `user:${id}`,
  thread: (id: number) => `thread:${id}`,
  category: (slug: string) => `category:${slug}`,
};
