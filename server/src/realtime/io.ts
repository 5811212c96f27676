import type { Server as HttpServer } from 'node:http';
import { type ClientToServerEvents, type InterServerEvents, rooms, type ServerToClientEvents, type SocketData } from '@praxisnetz/shared';
import { Server, type Socket } from 'socket.io';
import { readSessionToken } from '../http/session-cookie.ts';
import type { SessionStore } from '../modules/auth/sessions.ts';
import type { Publisher } from './publisher.ts';

export type Io = Server<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;
export type AppSocket = Socket<ClientToServerEvents, ServerToClientEvents, InterServerEvents, SocketData>;

/**
 * Socket.IO on the app's HTTP server. The handshake authenticates with the same session
 * cookie as HTTP; a handshake from a foreign page or without a valid session is refused.
 */
export function createIo(httpServer: HttpServer, sessions: SessionStore): Io {
  const io: Io = new Server(httpServer, {
    serveClient: false,
    allowRequest: (req, callback) => {
      const origin = req.headers.origin;
      const host = req.headers['x-forwarded-host'] ?? req.headers.host;
      callback(null, !origin || new URL(origin).host === host);
    },
  });
  io.use(async (socket, next) => {
    const token = readSessionToken(socket.request.headers.cookie);
    const session = token ? await sessions.validate(token) : null;
    if (!session) return next(new Error('unauthenticated'));
    if (session.user.status === 'suspended') return next(new Error('unauthenticated'));
    socket.data.userId = session.user.id;
    // Every socket of an account shares its user room: personal copies and removals reach all its tabs.
    await socket.join(rooms.user(session.user.id));
    next();
  });
  return io;
}

export function ioPublisher(io: Io): Publisher {
  return {
    toRoom: (room, event, ...args) => io.to(room).emit(event, ...args),
    toRoomExcept: (room, except, event, ...args) => io.to(room).except(except).emit(event, ...args),
    leaveRoom: (holder, room) => io.in(holder).socketsLeave(room),
    disconnect: (room) => io.in(room).disconnectSockets(true),
  };
}
