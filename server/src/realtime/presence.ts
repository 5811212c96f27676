import { randomUUID } from 'node:crypto';
import { rooms } from '@praxisnetz/shared';
import { guarded } from '../lib/log.ts';
import type { Io } from './io.ts';

const LIVE_ROOM = /^live:(\d+)$/;
/** A node repeats its counts this often, so a node that starts later learns them… */
const HEARTBEAT_MS = 10_000;
/** …and forgets the counts of a node that has stopped reporting (crashed) after this long. */
const EXPIRY_MS = 30_000;

export interface PresenceCounter {
  /** distinct signed-in people in the room, on every node */
  count(sessionId: number): number;
}

/**
 * The live participant count. Each node counts the distinct people in its own sockets of a room
 * (watching the adapter's room joins and leaves, so removals and disconnects count too), tells the
 * other nodes (serverSideEmit) and tells its own sockets the sum, at most once per `intervalMs`.
 * Someone connected to two nodes at once is counted on both.
 */
export function createPresence(io: Io, opts: { shared: boolean; intervalMs?: number }) {
  const node = randomUUID();
  const local = new Map<number, Map<number, number>>();
  const remote = new Map<number, Map<string, { participants: number; at: number }>>();
  const changedHere = new Set<number>();
  const toAnnounce = new Set<number>();
  const announced = new Map<number, number>();
  let lastHeartbeat = Date.now();

  const sessionOf = (room: string) => {
    const match = LIVE_ROOM.exec(room);
    return match ? Number(match[1]) : undefined;
  };
  const userOf = (socketId: string) => io.of('/').sockets.get(socketId)?.data.userId ?? undefined;

  function onJoin(room: string, socketId: string) {
    const sessionId = sessionOf(room);
    const userId = userOf(socketId);
    if (sessionId === undefined || userId == null) return;
    const people = local.get(sessionId) ?? new Map<number, number>();
    local.set(sessionId, people);
    people.set(userId, (people.get(userId) ?? 0) + 1);
    changedHere.add(sessionId);
  }

  function onLeave(room: string, socketId: string) {
    const sessionId = sessionOf(room);
    const userId = userOf(socketId);
    const people = sessionId === undefined ? undefined : local.get(sessionId);
    if (!people || userId == null || !people.has(userId)) return;
    const left = people.get(userId)! - 1;
    if (left > 0) people.set(userId, left);
    else people.delete(userId);
    if (!people.size) local.delete(sessionId!);
    changedHere.add(sessionId!);
  }

  function onReport(report: { node: string; sessionId: number; participants: number }) {
    if (report.node === node) return;
    const nodes = remote.get(report.sessionId) ?? new Map();
    remote.set(report.sessionId, nodes);
    if (report.participants > 0) nodes.set(report.node, { participants: report.participants, at: Date.now() });
    else nodes.delete(report.node);
    if (!nodes.size) remote.delete(report.sessionId);
    toAnnounce.add(report.sessionId);
  }

  function count(sessionId: number): number {
    let total = local.get(sessionId)?.size ?? 0;
    for (const r of remote.get(sessionId)?.values() ?? []) total += r.participants;
    return total;
  }

  function report(sessionId: number) {
    if (opts.shared) io.serverSideEmit('presence:count', { node, sessionId, participants: local.get(sessionId)?.size ?? 0 });
  }

  function tick() {
    const now = Date.now();
    for (const sessionId of changedHere) {
      report(sessionId);
      toAnnounce.add(sessionId);
    }
    changedHere.clear();
    if (now - lastHeartbeat >= HEARTBEAT_MS) {
      lastHeartbeat = now;
      for (const sessionId of local.keys()) report(sessionId);
    }
    for (const [sessionId, nodes] of remote) {
      for (const [id, r] of nodes) if (now - r.at > EXPIRY_MS) nodes.delete(id) && toAnnounce.add(sessionId);
      if (!nodes.size) remote.delete(sessionId);
    }
    for (const sessionId of toAnnounce) {
      const participants = count(sessionId);
      if (!local.has(sessionId)) announced.delete(sessionId);
      else if (announced.get(sessionId) !== participants) {
        announced.set(sessionId, participants);
        // Every node tells only its own sockets: one message per socket, whatever the number of nodes.
        io.local.to(rooms.live(sessionId)).emit('presence:updated', { sessionId, participants });
      }
    }
    toAnnounce.clear();
  }

  const adapter = io.of('/').adapter;
  const joined = guarded('presence join', onJoin);
  const left = guarded('presence leave', onLeave);
  const reported = guarded('presence report', onReport);
  adapter.on('join-room', joined);
  adapter.on('leave-room', left);
  io.on('presence:count', reported);
  const timer = setInterval(guarded('presence tick', tick), opts.intervalMs ?? 1000);
  timer.unref();

  return {
    count,
    stop() {
      clearInterval(timer);
      adapter.off('join-room', joined);
      adapter.off('leave-room', left);
      io.off('presence:count', reported);
    },
  };
}
export type Presence = ReturnType<typeof createPresence>;
