import { spawn } from 'node:child_process';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';

const SECONDS = Number(process.env.BENCH_SECONDS ?? 10);
const CONNECTIONS = Number(process.env.BENCH_CONNECTIONS ?? 10);

async function measure(name: string, url: string, headers: Record<string, string> = {}) {
  await autocannon({ url, connections: CONNECTIONS, duration: 2, headers }); // warm-up
  const r = await autocannon({ url, connections: CONNECTIONS, duration: SECONDS, headers });
  if (r.non2xx || r.errors) throw new Error(`${name}: ${r.non2xx} non-2xx, ${r.errors} errors`);
  return { name, rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99 };
}

function startHelloWorld(): Promise<{ url: string; stop: () => void }> {
  const code = `require('node:http').createServer((q, s) => s.end('hello world')).listen(0, '127.0.0.1', function () { console.log('http://127.0.0.1:' + this.address().port); });`;
  const child = spawn(process.execPath, ['-e', code], { stdio: ['ignore', 'pipe', 'inherit'] });
  return new Promise((resolve) => child.stdout.once('data', (d: Buffer) => resolve({ url: d.toString().trim(), stop: () => child.kill() })));
}

// TEST_DATABASE_URL set: measure on a fresh database of that PostgreSQL server instead of PGlite.
const database = await freshDatabaseUrl();
const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-bench-'));
const server = await spawnServer({
  DATA_DIR: dataDir,
  DEMO: '1',
  WRITES_PER_MINUTE: '100000',
  ...(database.url && { DATABASE_URL: database.url }),
});
const hello = await startHelloWorld();
try {
  const member = await signedIn(server.url, 'member');
  const category = (await member.get('/api/categories')).body.items[0].slug;
  const thread = (await member.post('/api/threads', { categorySlug: category, title: 'Benchmark: Thema mit 50 Antworten', body: 'Eröffnung **mit** Markdown' })).body.thread;
  for (let i = 1; i <= 50; i++) {
    await member.post(`/api/threads/${thread.id}/posts`, { body: `Antwort ${i}: Erfahrungen aus der Praxis, mit einer *Liste*:\n\n- Punkt eins\n- Punkt zwei` });
  }
  const auth = { cookie: member.cookie };
  const results = [
    await measure('node:http hello world', hello.url),
    await measure(`GET /api/threads/${thread.id}`, `${server.url}/api/threads/${thread.id}`, auth),
    await measure(`GET /threads/${thread.id} (SSR page)`, `${server.url}/threads/${thread.id}-${thread.slug}`, auth),
  ];
  const base = results[0]!.rps;
  const db = database.url ? 'PostgreSQL server' : 'embedded PGlite';
  console.log(`\nbench:http — ${db}, ${SECONDS} s per target, ${CONNECTIONS} connections, thread with 50 replies (page shows opening post + 25), ${process.version}`);
  console.log('target'.padEnd(44), 'req/s'.padStart(9), 'p50 ms'.padStart(8), 'p99 ms'.padStart(8), 'vs hello'.padStart(9));
  for (const r of results) {
    console.log(r.name.padEnd(44), r.rps.toFixed(0).padStart(9), String(r.p50).padStart(8), String(r.p99).padStart(8), `${((r.rps / base) * 100).toFixed(1)} %`.padStart(9));
  }
} finally {
  hello.stop();
  await stopServer(server, 'SIGTERM');
  await rm(dataDir, { recursive: true, force: true });
  await database.drop();
}
