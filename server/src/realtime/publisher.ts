import type { ServerToClientEvents } from '@praxisnetz/shared';

/** How services announce facts to connected clients, after their transaction has committed. */
export interface Publisher {
  toRoom<E extends keyof ServerToClientEvents>(room: string, event: E, ...args: Parameters<ServerToClientEvents[E]>): void;
}
