import type { ClientToServerEvents, ServerToClientEvents } from '@praxisnetz/shared';
import { io, type Socket } from 'socket.io-client';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | undefined;

/** One connection per browser tab, opened on first use; it authenticates with the session cookie. */
export function getSocket(): AppSocket {
  socket ??= io({ withCredentials: true });
  return socket;
}
