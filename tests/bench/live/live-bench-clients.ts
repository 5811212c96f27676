import type { ClientToServerEvents, ServerToClientEvents, VoteCount } from '@praxisnetz/shared';
import { SESSION_COOKIE } from '@praxisnetz/shared';
import { io, type Socket } from 'socket.io-client';

// A share of bench:live's participants in one process: each is a Socket.IO client that joins the
// room and notes when every vote count arrives. Driven by the bench over IPC.
type Client = Socket<ServerToClientEvents, ClientToServerEvents>;

const HISTOGRAM_MS = 10_000;
const CONNECT_CONCURRENCY = 50;
const now = () => performance.timeOrigin + performance.now();

const clients: Client[] = [];
/** per client and question: the counts' seqs as they arrived, and when */
type Arrivals = Map<number, { seqs: number[]; times: number[] }>;
const arrivals: Arrivals[] = [];
let disconnects = 0;
let cpuAtReset = process.cpuUsage();

function join(url: string, token: string, sessionId: number): Promise<Client> {
  return new Promise((resolve, reject) => {
    const socket: Client = io(url, {
      transports: ['websocket'],
      extraHeaders: { cookie: `${SESSION_COOKIE}=${token}` },
      reconnection: false,
      forceNew: true,
      timeout: 120_000,
    });
    const mine: Arrivals = new Map();
    arrivals.push(mine);
    socket.on('question:voted', (counts: VoteCount[]) => {
      const at = now();
      for (const c of counts) {
        const seen = mine.get(c.id) ?? { seqs: [], times: [] };
        mine.set(c.id, seen);
        seen.seqs.push(c.seq);
        seen.times.push(at);
      }
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

/** The first arrival with a seq of at least `seq`: a newer count of the question carries the vote too. */
function firstAtLeast(seen: { seqs: number[]; times: number[] } | undefined, seq: number): number | undefined {
  if (!seen) return undefined;
  let lo = 0;
  let hi = seen.seqs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (seen.seqs[mid]! < seq) lo = mid + 1;
    else hi = mid;
  }
  return seen.times[lo];
}

/**
 * For every counted vote ([questionId, seq, sent at]) and every client: when the client first showed
 * that count or a newer one. Returns the latencies as a histogram, and per vote the latest client.
 */
function report(sent: [number, number, number][]) {
  const histogram = new Array<number>(HISTOGRAM_MS + 1).fill(0);
  const latest = new Map<number, number>();
  const delivered = new Map<number, number>();
  for (const mine of arrivals) {
    for (const [questionId, seq, t0] of sent) {
      const at = firstAtLeast(mine.get(questionId), seq);
      if (at === undefined) continue;
      const ms = Math.max(0, at - t0);
      histogram[Math.min(HISTOGRAM_MS, Math.round(ms))]!++;
      latest.set(seq, Math.max(latest.get(seq) ?? 0, ms));
      delivered.set(seq, (delivered.get(seq) ?? 0) + 1);
    }
  }
  return { histogram, perVote: [...latest].map(([seq, ms]) => [seq, ms, delivered.get(seq)!]), disconnects };
}

process.on('message', async (message: { type: string; [key: string]: unknown }) => {
  if (message.type === 'connect') {
    const { urls, tokens, offset, sessionId } = message as unknown as { urls: string[]; tokens: string[]; offset: number; sessionId: number };
    process.send!({ type: 'joined', ...(await connectAll(urls, tokens, offset, sessionId)) });
  }
  if (message.type === 'reset') {
    for (const mine of arrivals) mine.clear();
    cpuAtReset = process.cpuUsage();
    process.send!({ type: 'reset' });
  }
  if (message.type === 'report') {
    const cpu = process.cpuUsage(cpuAtReset);
    process.send!({ type: 'report', cpuMs: (cpu.user + cpu.system) / 1000, ...report(message.sent as [number, number, number][]) });
  }
  if (message.type === 'close') {
    for (const c of clients) c.disconnect();
    process.exit(0);
  }
});
process.send!({ type: 'ready' });
