import type { ClientToServerEvents, ServerToClientEvents } from '@praxisnetz/shared';
import { io, type Socket } from 'socket.io-client';

export type AppSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

let socket: AppSocket | undefined;

/**
 * One connection per browser tab, opened on first use; it authenticates with the session cookie.
 * WebSocket first: one long-lived connection that any node behind a load balancer can hold without
 * sticky sessions. Long-polling only where a proxy blocks WebSockets.
 */
export function getSocket(): AppSocket {
  if (!socket) {
    const connection: AppSocket = io({ withCredentials: true, transports: ['websocket', 'polling'], tryAllTransports: true });
    // The server may have missed changes: connecting again makes every page re-join and catch up.
    connection.on('resync', () => void connection.disconnect().connect());
    socket = connection;
  }
  return socket;
}
