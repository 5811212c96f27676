import type { Publisher } from './publisher.ts';

export interface Published {
  rooms: string[];
  except: string[];
  event: string;
  payload: unknown;
}

/** A Publisher for service tests: it keeps what would have been sent, in order. */
export function recordingPublisher() {
  const published: Published[] = [];
  const removals: { holder: string; room: string | null }[] = [];
  const publisher: Publisher = {
    toRoom: (room, event, payload) => void published.push({ rooms: [room].flat(), except: [], event, payload }),
    toRoomExcept: (room, except, event, payload) => void published.push({ rooms: [room], except, event, payload }),
    leaveRoom: (holder, room) => void removals.push({ holder, room }),
    disconnect: (holder) => void removals.push({ holder, room: null }),
    cacheChanged: () => {},
  };
  return { publisher, published, removals };
}
