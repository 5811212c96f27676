import type { ClientToServerEvents, Question, ServerToClientEvents } from '@praxisnetz/shared';
import { SESSION_COOKIE } from '@praxisnetz/shared';
import { io, type Socket } from 'socket.io-client';

// A share of bench:live's participants in one process: each is a Socket.IO client that joins the
// room and notes when every vote count arrives. Driven by the bench over IPC.
type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const HISTOGRAM_MS = 10_000;
const CONNECT_CONCURRENCY = 50;
const now = () => performance.timeOrigin + performance.now();

const clients: Client[] = [];
let seqs: number[] = [];
let times: number[] = [];
let disconnects = 0;

function join(url: string, token: string, sessionId: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket: Client = io(url, {
      transports: ['websocket'],
      extraHeaders: { cookie: `${SESSION_COOKIE}=${token}` },
      reconnection: false,
      forceNew: true,
      timeout: 120_000,
    });
    socket.on('question:updated', (q: Question) => {
      seqs.push(q.seq);
      times.push(now());
    });
    socket.on('disconnect', () => disconnects++);
    socket.once('connect_error', reject);
    socket.once('connect', () => {
      socket.timeout(120_000).emit('live:join', sessionId, (err: Error | null, result: { ok: boolean; code?: string }) => {
        if (err || !result.ok) return reject(err ?? new Error(`live:join refused: ${result.code}`));
        resolve(socket);
      });
    });
  });
}

async function connectAll(urls: string[], tokens: string[], offset: number, sessionId: number) {
  const started = now();
  let next = 0;
  let failed = 0;
  let firstError = '';
  async function lane() {
    while (next < tokens.length) {
      const i = next++;
      try {
        clients.push(await join(urls[(offset + i) % urls.length]!, tokens[i]!, sessionId));
      } catch (e) {
        failed++;
        firstError ||= String(e);
      }
    }
  }
  await Promise.all(Array.from({ length: CONNECT_CONCURRENCY }, lane));
  return { ms: now() - started, joined: clients.length, failed, firstError };
}

/** Latency of every delivery of a counted vote, and per vote the latest delivery, against the bench's send times. */
function report(sent: [number, number][]) {
  const sentAt = new Map(sent);
  const histogram = new Array<number>(HISTOGRAM_MS + 1).fill(0);
  const latest = new Map<number, number>();
  const delivered = new Map<number, number>();
  for (let i = 0; i < seqs.length; i++) {
    const t0 = sentAt.get(seqs[i]!);
    if (t0 === undefined) continue;
    const ms = Math.max(0, times[i]! - t0);
    histogram[Math.min(HISTOGRAM_MS, Math.round(ms))]!++;
    latest.set(seqs[i]!, Math.max(latest.get(seqs[i]!) ?? 0, ms));
    delivered.set(seqs[i]!, (delivered.get(seqs[i]!) ?? 0) + 1);
  }
  return { histogram, perVote: [...latest].map(([seq, ms]) => [seq, ms, delivered.get(seq)!]), disconnects };
}

process.on('message', async (message: { type: string; [key: string]: unknown }) => {
  if (message.type === 'connect') {
    const { urls, tokens, offset, sessionId } = message as unknown as { urls: string[]; tokens: string[]; offset: number; sessionId: number };
    process.send!({ type: 'joined', ...(await connectAll(urls, tokens, offset, sessionId)) });
  }
  if (message.type === 'reset') {
    seqs = [];
    times = [];
    process.send!({ type: 'reset' });
  }
  if (message.type === 'report') process.send!({ type: 'report', ...report(message.sent as [number, number][]) });
  if (message.type === 'close') {
    for (const c of clients) c.disconnect();
    process.exit(0);
  }
});
process.send!({ type: 'ready' });
