import type { ServerToClientEvents, SharedCacheName } from '@praxisnetz/shared';

type Args<E extends keyof ServerToClientEvents> = Parameters<ServerToClientEvents[E]>;

/** How services announce facts to connected clients, after their transaction has committed. */
export interface Publisher {
  toRoom<E extends keyof ServerToClientEvents>(room: string | string[], event: E, ...args: Args<E>): void;
  /** to everyone in the room except those also in one of `except` (they receive their own copy) */
  toRoomExcept<E extends keyof ServerToClientEvents>(room: string, except: string[], event: E, ...args: Args<E>): void;
  /** makes every socket in `holder` (e.g. a user's room) leave `room`, on every node */
  leaveRoom(holder: string, room: string): void;
  /** closes every socket in the room, on every node (a suspended account) */
  disconnect(room: string): void;
  /** tells the other nodes that a shared row changed, so they drop their copies (see db/shared-cache.ts) */
  cacheChanged(name: SharedCacheName): void;
}
