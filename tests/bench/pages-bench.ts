import { spawn } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';
import { HOME_THREADS, seedHomeCorpus } from './home-corpus.ts';

// npm run bench:pages — the server-rendered pages and the thread's JSON under load, as a fraction of a
// bare node:http server measured in the same run, on the demo network grown to 10,000 threads
// (home-corpus.ts): the member's home page with its unread counts at network scale. PGlite always; the PostgreSQL server too when
// TEST_DATABASE_URL is set. BENCH_SECONDS (10), BENCH_CONNECTIONS (50); BENCH_ONLY=thread measures only the
// targets whose name contains that word; BENCH_PROFILE=<dir> writes the server's CPU profile (.cpuprofile) there.
const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 50);
const ONLY = process.env.BENCH_ONLY;
const PROFILE = process.env.BENCH_PROFILE && path.resolve(process.env.BENCH_PROFILE);

interface Result {
  name: string;
  rps: number;
  p50: number;
  p99: number;
  /** requests that timed out (10 s) or failed */
  errors: number;
  rssMiB?: number;
}

function rssMiB(pid: number): number {
  const line = readFileSync(`/proc/${pid}/status`, 'utf8').split('\n').find((l) => l.startsWith('VmRSS:'))!;
  return Number(line.replace(/\D+/g, '')) / 1024;
}

async function measure(name: string, url: string, headers: Record<string, string> = {}, pid?: number): Promise<Result> {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  let peak = 0;
  const sampler = pid ? setInterval(() => (peak = Math.max(peak, rssMiB(pid))), 200) : undefined;
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  clearInterval(sampler);
  if (r.non2xx) throw new Error(`${name}: ${r.non2xx} answers were not 2xx`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, ...(pid && { rssMiB: peak }) };
}

function startHelloWorld(): Promise<{ url: string; stop: () => void }> {
  const code = `require('node:http').createServer((q, s) => s.end('hello world')).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill() })));
}

async function benchDatabase(kind: 'PGlite' | 'PostgreSQL', hello: string): Promise<Result[]> {
  const database = kind === 'PostgreSQL' ? await freshDatabaseUrl() : { url: undefined, drop: async () => {} };
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-bench-'));
  let server: ServerProcess | undefined;
  try {
    await seedHomeCorpus({ databaseUrl: database.url, dataDir });
    server = await spawnServer({
      DATA_DIR: dataDir,
      DEMO: '1',
      WRITES_PER_MINUTE: '100000',
      ...(database.url && { DATABASE_URL: database.url }),
      ...(PROFILE && { NODE_OPTIONS: `--cpu-prof --cpu-prof-dir=${PROFILE}` }),
    });
    const member = await signedIn(server.url, 'member');
    const category = 'wohnungseinbruch';
    const thread = (await member.post('/api/threads', { categorySlug: category, title: 'Benchmark: Thema mit 50 Antworten', body: 'Eröffnung **mit** Markdown' })).body.thread;
    for (let i = 1; i <= 50; i++) {
      await member.post(`/api/threads/${thread.id}/posts`, { body: `Antwort ${i}: Erfahrungen aus der Praxis, mit einer *Liste*:\n\n- Punkt eins\n- Punkt zwei` });
    }
    const auth = { cookie: member.cookie };
    const pid = server.child.pid!;
    const targets: [string, string][] = [
      ['thread page (SSR, 50 replies)', `/threads/${thread.id}-${thread.slug}`],
      ['thread JSON', `/api/threads/${thread.id}`],
      ['category page', `/c/${category}`],
      [`member home (3 groups, ${HOME_THREADS} threads)`, '/'],
      ['category page JSON (unread counts)', `/api/categories/${category}/threads`],
      ['search page', '/search?q=Sicherheit'],
    ];
    const results = [await measure(`hello (same run, ${kind})`, hello)];
    for (const [name, target] of targets.filter(([name]) => !ONLY || name.includes(ONLY))) {
      results.push(await measure(name, server.url + target, auth, pid));
    }
    return results;
  } finally {
    if (server) await stopServer(server, 'SIGTERM');
    await rm(dataDir, { recursive: true, force: true });
    await database.drop();
  }
}

const hello = await startHelloWorld();
try {
  const kinds: ('PGlite' | 'PostgreSQL')[] = process.env.TEST_DATABASE_URL ? ['PGlite', 'PostgreSQL'] : ['PGlite'];
  console.log(`bench:pages — ${SECONDS} s per target, ${CONNECTIONS} connections, signed-in member, Node ${process.version}`);
  for (const kind of kinds) {
    const [bare, ...rows] = await benchDatabase(kind, hello.url);
    console.log(`\n${kind}: bare node:http ${bare!.rps.toFixed(0)} req/s`);
    console.log('target'.padEnd(32), 'req/s'.padStart(8), 'of bare'.padStart(8), 'p50 ms'.padStart(7), 'p99 ms'.padStart(7), 'RSS MiB'.padStart(8), 'timeouts'.padStart(9));
    for (const r of rows) {
      console.log(
        r.name.padEnd(32),
        r.rps.toFixed(0).padStart(8),
        (r.rps / bare!.rps).toFixed(4).padStart(8),
        String(r.p50).padStart(7),
        String(r.p99).padStart(7),
        (r.rssMiB ?? 0).toFixed(0).padStart(8),
        String(r.errors).padStart(9),
      );
    }
  }
} finally {
  hello.stop();
}
