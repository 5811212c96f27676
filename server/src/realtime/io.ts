import type { IncomingMessage, Server as HttpServer } from 'node:http';
import { type ClientToServerEvents, type InterServerEvents, rooms, type ServerToClientEvents, type SocketData } from '@praxisnetz/shared';
import { Server, type Socket } from 'socket.io';
import { readSessionToken } from '../http/session-cookie.ts';
import { logError } from '../lib/log.ts';
import type { SessionStore } from '../modules/auth/index.ts';
import type { Publisher } from './publisher.ts';

export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/** setTimeout's longest delay (about 24.8 days): a later expiry is checked then and rescheduled. */
const MAX_TIMER_MS = 2 ** 31 - 1;

/**
 * A handshake from our own pages, or from no page at all (native clients send no Origin). `null`
 * (sandboxed frames, file:// pages), an unparsable or a foreign Origin is refused.
 */
export function isSameOrigin(req: IncomingMessage): boolean {
  const origin = req.headers.origin;
  if (origin === undefined) return true;
  const host = req.headers['x-forwarded-host'] ?? req.headers.host;
  if (!URL.canParse(origin) || typeof host !== 'string') return false;
  const { protocol, host: originHost } = new URL(origin);
  return (protocol === 'http:' || protocol === 'https:') && originHost === host;
}

/**
 * Socket.IO on the app's HTTP server. The handshake authenticates with the same session
 * cookie as HTTP; a handshake from a foreign page or without a valid session is refused. Each
 * socket sits in its session's room, so ending the session (logout, password change, suspension,
 * removal by an admin) closes it on every node, and it closes itself when the session expires.
 */
export function createIo(httpServer: HttpServer, sessions: SessionStore): Io {
  const io: Io = new Server(httpServer, {
    serveClient: false,
    allowRequest: (req, callback) => callback(null, isSameOrigin(req)),
  });
  io.use(async (socket, next) => {
    try {
      const token = readSessionToken(socket.request.headers.cookie);
      // The page that opens the socket has renewed the session already; the socket only reads it.
      const session = token ? await sessions.validate(token, { renew: false }) : null;
      if (!session || session.user.status === 'suspended') return next(new Error('unauthenticated'));
      socket.data.userId = session.user.id;
      socket.data.sessionId = session.sessionId;
      // Every socket of an account shares its user room: personal copies and removals reach all its tabs.
      await socket.join([rooms.user(session.user.id), rooms.session(session.sessionId)]);
      closeAtExpiry(socket, sessions, session.expiresAt);
      next();
    } catch (e) {
      logError('socket handshake', e, socket.id);
      next(new Error('unavailable'));
    }
  });
  return io;
}

/** At the session's expiry the socket asks again: renewed by the person's page views, or closed. */
function closeAtExpiry(socket: AppSocket, sessions: SessionStore, expiresAt: Date): void {
  const timer = setTimeout(async () => {
    if (!socket.connected) return;
    try {
      const current = await sessions.expiresAt(socket.data.sessionId!);
      if (current && current.getTime() > Date.now()) return closeAtExpiry(socket, sessions, current);
      socket.disconnect(true);
    } catch (e) {
      logError('socket session expiry', e, socket.id);
      closeAtExpiry(socket, sessions, new Date(Date.now() + 60_000));
    }
  }, Math.min(Math.max(expiresAt.getTime() - Date.now(), 0), MAX_TIMER_MS));
  timer.unref();
  socket.once('disconnect', () => clearTimeout(timer));
}

/** `shared`: the adapter relays between nodes (with the in-memory one there are no other nodes to tell). */
export function ioPublisher(io: Io, opts: { shared: boolean }): Publisher {
  return {
    toRoom: (room, event, ...args) => io.to(room).emit(event, ...args),
    toRoomExcept: (room, except, event, ...args) => io.to(room).except(except).emit(event, ...args),
    leaveRoom: (holder, room) => io.in(holder).socketsLeave(room),
    disconnect: (room) => io.in(room).disconnectSockets(true),
    cacheChanged: (name) => {
      if (opts.shared) io.serverSideEmit('cache:changed', name);
    },
  };
}
