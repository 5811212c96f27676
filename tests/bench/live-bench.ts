import { type ChildProcess, fork } from 'node:child_process';
import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import { cpus, loadavg, tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { SESSION_COOKIE } from '@praxisnetz/shared';
import { freshDatabaseUrl, testDatabaseUrl } from '../support/database.ts';
import { type BenchRoom, seedBenchRoom } from './live/live-bench-seed.ts';

// bench:live — N participants (Socket.IO clients in separate processes) in one live room while
// votes, questions and chat arrive at a steady rate through the REST API. Reports the time to
// connect and join everyone, p50/p99 from sending a vote to each client seeing the new count
// (and to the last client seeing it), server heap per participant and server CPU.
//   npm run bench:live                                  one node on embedded PGlite
//   TEST_DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres npm run bench:live
//                                                       one and two nodes on PostgreSQL
// BENCH_LIVE_SIZES (default 1000,5000,10000), BENCH_LIVE_NODES (default 1,2), BENCH_LIVE_SECONDS
// (default 30), BENCH_LIVE_VOTES (votes per second, default 10: 5,000 people casting about seven votes an hour), BENCH_LIVE_ADAPTER (postgres|redis).
// It prints figures and never fails on timing; the goal is 5,000 participants with p99 < 250 ms.
const SIZES = (process.env.BENCH_LIVE_SIZES ?? '1000,5000,10000').split(',').map(Number);
const NODES = (process.env.BENCH_LIVE_NODES ?? '1,2').split(',').map(Number);
const SECONDS = Number(process.env.BENCH_LIVE_SECONDS ?? 30);
const VOTES_PER_SECOND = Number(process.env.BENCH_LIVE_VOTES ?? 10);
const QUESTIONS_PER_SECOND = 0.5;
const CHAT_PER_SECOND = 1;
const ADAPTER = process.env.BENCH_LIVE_ADAPTER ?? 'postgres';
const PARTICIPANTS_PER_PROCESS = 1250;
/** the clients' latency histogram ends here (live-bench-clients.ts) */
const HISTOGRAM_CAP_MS = 10_000;
const HERE = path.dirname(fileURLToPath(import.meta.url));

interface Message {
  type: string;
  [key: string]: any;
}

function reply(child: ChildProcess, type: string): Promise<Message> {
  return new Promise((resolve, reject) => {
    const onMessage = (m: Message) => {
      if (m.type !== type) return;
      child.off('message', onMessage);
      child.off('exit', onExit);
      resolve(m);
    };
    const onExit = (code: number) => reject(new Error(`process exited with ${code} while waiting for ${type}`));
    child.on('message', onMessage);
    child.once('exit', onExit);
  });
}

async function ask(child: ChildProcess, message: Message, answer = message.type): Promise<Message> {
  const answered = reply(child, answer);
  child.send(message);
  return answered;
}

async function startNode(env: Record<string, string>) {
  const child = fork(path.join(HERE, 'live/live-bench-server.ts'), {
    execArgv: ['--expose-gc'],
    env: { ...process.env, HOST: '127.0.0.1', PORT: '0', DEMO: '0', LOG_REQUESTS: '0', ...env },
    stdio: ['ignore', 'ignore', 'inherit', 'ipc'],
  });
  const ready = await reply(child, 'ready');
  return { child, url: ready.url as string };
}

const stats = (child: ChildProcess) => ask(child, { type: 'stats' });

function percentile(histogram: number[], p: number): number {
  const total = histogram.reduce((a, b) => a + b, 0);
  let seen = 0;
  for (let ms = 0; ms < histogram.length; ms++) {
    seen += histogram[ms]!;
    if (seen >= total * p) return ms;
  }
  return histogram.length - 1;
}

function sortedPercentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * p) - 1)] ?? NaN;
}

/** Votes, questions and chat at a steady rate from random participants; returns each counted vote's seq and send time. */
async function drive(urls: string[], room: BenchRoom, participants: number) {
  const sent: [number, number, number][] = [];
  const answered: number[] = [];
  const statuses = new Map<number, number>();
  const voted = new Set<string>();
  const open = [...room.questionIds];
  const pick = () => 1 + Math.floor(Math.random() * (participants - 1));
  async function call(method: string, route: string, who: number, body?: unknown) {
    const url = urls[who % urls.length]!;
    const response = await fetch(url + route, {
      method,
      headers: {
        cookie: `${SESSION_COOKIE}=${room.tokens[who]}`,
        origin: url,
        accept: 'application/json',
        ...(body === undefined ? {} : { 'content-type': 'application/json' }),
      },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    statuses.set(response.status, (statuses.get(response.status) ?? 0) + 1);
    return response.ok ? ((await response.json()) as any) : undefined;
  }
  async function vote() {
    const who = pick();
    const question = open[Math.floor(Math.random() * open.length)]!;
    const key = `${who}:${question}`;
    const retract = voted.has(key);
    if (retract) voted.delete(key);
    else voted.add(key);
    const t0 = performance.timeOrigin + performance.now();
    const result = await call(retract ? 'DELETE' : 'POST', `/api/questions/${question}/vote`, who);
    answered.push(performance.timeOrigin + performance.now() - t0);
    if (result?.question) sent.push([question, result.question.seq, t0]);
  }
  async function question() {
    const result = await call('POST', `/api/sessions/${room.sessionId}/questions`, pick(), {
      body: `Wie binden Sie die Quartiersarbeit in die Sicherheitsanalyse ein? (${Math.random().toString(36).slice(2, 7)})`,
    });
    if (result?.question) open.push(result.question.id);
  }
  const chat = () => call('POST', `/api/sessions/${room.sessionId}/chat`, pick(), { body: 'Danke, sehr hilfreich!' });

  const started = performance.now();
  const pending: Promise<unknown>[] = [];
  const schedule = (rate: number, action: () => Promise<unknown>) => {
    for (let k = 0; k < rate * SECONDS; k++) {
      pending.push(
        new Promise((resolve) => setTimeout(resolve, Math.max(0, (k * 1000) / rate - (performance.now() - started)))).then(action),
      );
    }
  };
  schedule(VOTES_PER_SECOND, vote);
  schedule(QUESTIONS_PER_SECOND, question);
  schedule(CHAT_PER_SECOND, chat);
  await Promise.all(pending);
  return { sent, statuses, answered };
}

async function scenario(participants: number, nodes: number) {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-live-bench-'));
  const database = testDatabaseUrl ? await freshDatabaseUrl() : { url: undefined, drop: async () => {} };
  const children: ChildProcess[] = [];
  try {
    const seedStarted = performance.now();
    const room = await seedBenchRoom({ databaseUrl: database.url, dataDir }, participants);
    const seedMs = performance.now() - seedStarted;
    const env: Record<string, string> = { DATA_DIR: dataDir, ...(database.url && { DATABASE_URL: database.url }) };
    if (nodes > 1) env.REALTIME_ADAPTER = ADAPTER;
    const servers = await Promise.all(Array.from({ length: nodes }, () => startNode(env)));
    children.push(...servers.map((s) => s.child));
    const urls = servers.map((s) => s.url);
    const before = await Promise.all(servers.map((s) => stats(s.child)));

    const processes = Math.max(2, Math.ceil(participants / PARTICIPANTS_PER_PROCESS));
    const workers = await Promise.all(
      Array.from({ length: processes }, async () => {
        const child = fork(path.join(HERE, 'live/live-bench-clients.ts'), { stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
        children.push(child);
        await reply(child, 'ready');
        return child;
      }),
    );
    const share = Math.ceil(participants / processes);
    const joins = await Promise.all(
      workers.map((w, i) =>
        ask(w, { type: 'connect', urls, sessionId: room.sessionId, offset: i * share, tokens: room.tokens.slice(i * share, (i + 1) * share) }, 'joined'),
      ),
    );
    const connectMs = Math.max(...joins.map((j) => j.ms));
    const joined = joins.reduce((a, j) => a + j.joined, 0);
    const failed = joins.reduce((a, j) => a + j.failed, 0);
    const afterJoin = await Promise.all(servers.map((s) => stats(s.child)));

    await Promise.all(workers.map((w) => ask(w, { type: 'reset' })));
    const cpuStart = afterJoin.map((s) => s.cpu.user + s.cpu.system);
    const loadStarted = performance.now();
    const { sent, statuses, answered } = await drive(urls, room, participants);
    await new Promise((resolve) => setTimeout(resolve, 3000));
    const afterLoad = await Promise.all(servers.map((s) => stats(s.child)));
    const loadMs = performance.now() - loadStarted;
    const cpu = afterLoad.map((s, i) => (s.cpu.user + s.cpu.system - cpuStart[i]!) / 1000 / loadMs);

    const reports = await Promise.all(workers.map((w) => ask(w, { type: 'report', sent })));
    const histogram = reports[0]!.histogram.map((_: number, ms: number) => reports.reduce((a, r) => a + r.histogram[ms], 0));
    const perVote = new Map<number, { ms: number; delivered: number }>();
    for (const r of reports) {
      for (const [seq, ms, delivered] of r.perVote) {
        const v = perVote.get(seq) ?? { ms: 0, delivered: 0 };
        perVote.set(seq, { ms: Math.max(v.ms, ms), delivered: v.delivered + delivered });
      }
    }
    const complete = [...perVote.values()].filter((v) => v.delivered >= joined);
    const heapPerParticipant =
      afterJoin.reduce((a, s) => a + s.memory.heapUsed, 0) - before.reduce((a, s) => a + s.memory.heapUsed, 0);
    return {
      participants,
      nodes,
      database: database.url ? 'PostgreSQL' : 'PGlite',
      seedMs,
      connectMs,
      joined,
      failed,
      firstError: joins.find((j) => j.firstError)?.firstError,
      votes: sent.length,
      answeredP50: sortedPercentile(answered, 0.5),
      answeredP99: sortedPercentile(answered, 0.99),
      statuses: Object.fromEntries(statuses),
      deliveryP50: percentile(histogram, 0.5),
      deliveryP99: percentile(histogram, 0.99),
      everyoneP50: sortedPercentile(complete.map((v) => v.ms), 0.5),
      everyoneP99: sortedPercentile(complete.map((v) => v.ms), 0.99),
      incompleteVotes: sent.length - complete.length,
      heapKbPerParticipant: heapPerParticipant / participants / 1024,
      cpu,
      loop: afterLoad.map((s) => s.loop as { p99: number; max: number }),
      clientCpu: reports.reduce((a, r) => a + r.cpuMs, 0) / loadMs,
      processes,
      disconnects: reports.reduce((a, r) => a + r.disconnects, 0),
    };
  } finally {
    for (const child of children.filter((c) => c.exitCode === null)) {
      const exited = once(child, 'exit');
      // Servers stop on 'stop', client processes on 'close'; each ignores the other.
      child.send({ type: 'stop' });
      child.send({ type: 'close' });
      await Promise.race([exited, new Promise((resolve) => setTimeout(resolve, 15_000))]);
      if (child.exitCode === null) child.kill('SIGKILL');
    }
    await database.drop();
    await rm(dataDir, { recursive: true, force: true });
  }
}

console.log(`bench:live on ${cpus().length} cores (${cpus()[0]?.model}), load average ${loadavg().map((l) => l.toFixed(1)).join(' ')}`);
console.log(`${SECONDS} s of load: ${VOTES_PER_SECOND} votes/s, ${QUESTIONS_PER_SECOND} questions/s, ${CHAT_PER_SECOND} chat messages/s`);
for (const nodes of NODES) {
  if (nodes > 1 && !testDatabaseUrl) {
    console.log(`\n${nodes} nodes: skipped — several nodes share a PostgreSQL server; set TEST_DATABASE_URL.`);
    continue;
  }
  for (const participants of SIZES) {
    const r = await scenario(participants, nodes);
    console.log(`\n${r.participants} participants, ${r.nodes} node(s), ${r.database}${r.nodes > 1 ? ` (${ADAPTER} adapter)` : ''}`);
    console.log(`  connected and joined: ${r.joined} of ${r.participants} in ${(r.connectMs / 1000).toFixed(1)} s${r.failed ? ` — ${r.failed} failed: ${r.firstError}` : ''}`);
    console.log(`  votes counted: ${r.votes}; HTTP answers ${JSON.stringify(r.statuses)}; client disconnects ${r.disconnects}`);
    console.log(`  vote → its HTTP answer: p50 ${r.answeredP50.toFixed(0)} ms, p99 ${r.answeredP99.toFixed(0)} ms`);
    const ms = (v: number) => (v >= HISTOGRAM_CAP_MS ? `≥ ${HISTOGRAM_CAP_MS} ms` : `${v} ms`);
    console.log(`  vote → a client sees the count: p50 ${ms(r.deliveryP50)}, p99 ${ms(r.deliveryP99)}`);
    console.log(`  vote → every client has seen it: p50 ${r.everyoneP50.toFixed(0)} ms, p99 ${r.everyoneP99.toFixed(0)} ms (${r.incompleteVotes} votes not seen by everyone)`);
    console.log(`  server heap per participant: ${r.heapKbPerParticipant.toFixed(1)} KB (after a full GC, all joined minus none joined)`);
    console.log(`  server CPU during the load: ${r.cpu.map((c) => `${(c * 100).toFixed(0)} %`).join(' + ')} of one core`);
    console.log(`  server event loop delay during the load: ${r.loop.map((l) => `p99 ${l.p99.toFixed(0)} ms, max ${l.max.toFixed(0)} ms`).join('; ')}`);
    console.log(`  the ${r.processes} client processes on the same machine: ${(r.clientCpu * 100).toFixed(0)} % of one core together`);
  }
}
