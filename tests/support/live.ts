import type { LiveState, ServerToClientEvents } from '@praxisnetz/shared';
import type { ApiClient } from './client.ts';
import type { TestSocket } from './sockets.ts';

type Event = keyof ServerToClientEvents;
type Payload<E extends Event> = Parameters<ServerToClientEvents[E]>[0];

/** A session a lead schedules for the next hour, started when `live` is set. */
export async function createSession(
  host: ApiClient,
  groupId: number,
  opts: { audience?: 'group' | 'network'; live?: boolean; title?: string } = {},
) {
  const startsAt = new Date(Date.now() + 60_000);
  const res = await host.post(`/api/groups/${groupId}/sessions`, {
    title: opts.title ?? 'Fragen zur Sicherheitsanalyse',
    description: 'Offene Runde',
    startsAt: startsAt.toISOString(),
    endsAt: new Date(startsAt.getTime() + 3_600_000).toISOString(),
    audience: opts.audience ?? 'group',
  });
  if (res.status !== 201) throw new Error(`creating a session failed: ${res.status} ${JSON.stringify(res.body)}`);
  const id = res.body.session.id as number;
  if (opts.live) {
    const started = await host.post(`/api/sessions/${id}/start`);
    if (started.status !== 200) throw new Error(`starting failed: ${started.status} ${JSON.stringify(started.body)}`);
  }
  return id;
}

/**
 * Everything a socket receives, in order, and waits for the next event that matches. Start a
 * wait before the action that causes the event.
 */
export class Probe {
  readonly socket: TestSocket;
  readonly events: { event: string; payload: any }[] = [];
  private waiters: { event: string; match: (p: any) => boolean; resolve: (p: any) => void }[] = [];

  constructor(socket: TestSocket) {
    this.socket = socket;
    socket.onAny((event: string, payload: unknown) => {
      this.events.push({ event, payload });
      for (const w of this.waiters.filter((w) => w.event === event && w.match(payload))) {
        this.waiters.splice(this.waiters.indexOf(w), 1);
        w.resolve(payload);
      }
    });
  }

  next<E extends Event>(event: E, match: (p: Payload<E>) => boolean = () => true, timeoutMs = 3000): Promise<Payload<E>> {
    return new Promise((resolve, reject) => {
      const waiter = { event, match, resolve: (p: Payload<E>) => (clearTimeout(timer), resolve(p)) };
      const timer = setTimeout(() => {
        this.waiters.splice(this.waiters.indexOf(waiter), 1);
        reject(new Error(`no matching ${event} within ${timeoutMs} ms; got ${JSON.stringify(this.events.map((e) => e.event))}`));
      }, timeoutMs);
      this.waiters.push(waiter);
    });
  }

  /** The payloads of one event received so far. */
  received<E extends Event>(event: E): Payload<E>[] {
    return this.events.filter((e) => e.event === event).map((e) => e.payload);
  }

  /**
   * Resolves once everything the server sent this socket before now has arrived: one socket's
   * messages arrive in order, so the answer to a request sent now comes after them.
   */
  async flush(): Promise<void> {
    await this.socket.emitWithAck('live:join', 0);
  }

  async join(sessionId: number): Promise<LiveState> {
    const ack = await this.socket.emitWithAck('live:join', sessionId);
    if (!ack.ok) throw new Error(`live:join ${sessionId} refused: ${ack.code}`);
    return ack.state;
  }
}
