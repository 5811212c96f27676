import type { ClientToServerEvents, ServerToClientEvents } from '@praxisnetz/shared';
import { io, type Socket } from 'socket.io-client';

export type TestSocket = Socket<ServerToClientEvents, ClientToServerEvents>;

/** A browser-like Socket.IO connection carrying the client's session cookie. */
export function connectSocket(baseUrl: string, cookie: string, transport: 'websocket' | 'polling' = 'websocket'): TestSocket {
  return io(baseUrl, {
    transports: [transport],
    extraHeaders: cookie ? { cookie } : {},
    reconnection: false,
    forceNew: true,
  });
}

export function connected(socket: TestSocket): Promise<void> {
  return new Promise((resolve, reject) => {
    socket.once('connect', () => resolve());
    socket.once('connect_error', reject);
  });
}

export function nextEvent<E extends keyof ServerToClientEvents>(
  socket: TestSocket,
  event: E,
  timeoutMs = 2000,
): Promise<Parameters<ServerToClientEvents[E]>[0]> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`no ${event} within ${timeoutMs} ms`)), timeoutMs);
    socket.once(event as never, ((payload: unknown) => {
      clearTimeout(timer);
      resolve(payload as never);
    }) as never);
  });
}

export function joinThread(socket: TestSocket, threadId: number) {
  return socket.emitWithAck('thread:join', threadId);
}
