import type { HelpfulCount } from './exchange.ts';
import type { Post, ThreadSummary } from './forum.ts';
import type { ChatMessage, LiveSession, LiveState, Presence, Question, VoteCount } from './live.ts';

export type Ack = (result: { ok: true } | { ok: false; code: string }) => void;
export type LiveJoinAck = (result: { ok: true; state: LiveState } | { ok: false; code: string }) => void;

export interface ServerToClientEvents {
  'post:created': (post: Post) => void;
  'post:updated': (post: Post) => void;
  'post:deleted': (post: Post) => void;
  'thread:created': (thread: ThreadSummary) => void;
  /** a reply's helpful marks changed (the receiver's own mark comes with its request's answer) */
  'post:helpful': (count: HelpfulCount) => void;
  /** locked or unlocked, pinned or unpinned: the page fetches the new ThreadStatus, with its own rights */
  'thread:updated': (thread: { id: number }) => void;
  /** a question became visible to the receiver (asked, or approved by a moderator) */
  'question:created': (question: Question) => void;
  /** votes, status, answer, merge or dismissal; the receiver keeps the copy with the higher seq */
  'question:updated': (question: Question) => void;
  /** votes or retractions changed these questions' counts: small, and at most ten a second per room */
  'question:voted': (counts: VoteCount[]) => void;
  'session:updated': (session: LiveSession) => void;
  'chat:message': (message: ChatMessage) => void;
  'presence:updated': (presence: Presence) => void;
  /** the receiver may no longer take part (removed from the group, suspended); its room is left */
  'live:removed': (info: { sessionId: number }) => void;
  /** a flag the receiver reviews was made or decided: the queue and its count are to be fetched again */
  'flags:changed': (info: { groupId: number | null }) => void;
  /** the receiver's count of unread notifications changed (a new one, or read in another tab) */
  'notifications:unread': (info: { unread: number }) => void;
  /** the server may have missed changes (its database was away): reconnect and fetch the current state */
  resync: (info: { reason: 'database' }) => void;
}

export interface ClientToServerEvents {
  'thread:join': (threadId: number, ack: Ack) => void;
  'thread:leave': (threadId: number) => void;
  'category:join': (slug: string, ack: Ack) => void;
  'category:leave': (slug: string) => void;
  /** joins the live room and answers with its whole current state: also how a reconnect re-syncs */
  'live:join': (sessionId: number, ack: LiveJoinAck) => void;
  'live:leave': (sessionId: number) => void;
}

/** Rows every reader shares that a node keeps in memory (categories and cities by slug). */
export type SharedCacheName = 'categories' | 'cities' | 'indicators';

/**
 * Between nodes: each node's participant count per live room, summed by every node; and a change
 * to a shared row, so every node drops its copy.
 */
export interface InterServerEvents {
  'presence:count': (report: { node: string; sessionId: number; participants: number }) => void;
  'cache:changed': (name: SharedCacheName) => void;
}

export interface SocketData {
  /** the signed-in account from the handshake cookie; null for anonymous sockets */
  userId: number | null;
  /** the session the handshake authenticated with: ending it closes the socket */
  sessionId: string | null;
}

export const rooms = {
  user: (id: number) => `user:${id}`,
  /** every socket opened with one login session (its id is the token's hash, never the token) */
  session: (id: string) => `session:${id}`,
  thread: (id: number) => `thread:${id}`,
  /** those in a thread's room who moderate it (staff; a group's leads in its threads): their copies carry edit rights */
  threadModerators: (id: number) => `thread:${id}:moderators`,
  category: (slug: string) => `category:${slug}`,
  group: (id: number) => `group:${id}`,
  /** everyone in a live room */
  live: (id: number) => `live:${id}`,
  /** the hosts and moderators in a live room: they receive the unredacted copies */
  liveModerators: (id: number) => `live:${id}:moderators`,
};
