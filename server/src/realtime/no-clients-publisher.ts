import type { Publisher } from './publisher.ts';

/** The Publisher of a process without sockets (the seed command): nobody is connected, so there is no one to tell. */
export const noClientsPublisher: Publisher = {
  toRoom: () => {},
  toRoomExcept: () => {},
  leaveRoom: () => {},
  disconnect: () => {},
  cacheChanged: () => {},
};
