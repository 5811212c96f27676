import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';

const RUNS = Number(process.env.BENCH_RUNS ?? 5);

/** Time from spawning the process until a request is answered, polling as a load balancer would. */
async function coldStart(env: Record<string, string>, pathname: string): Promise<number> {
  const started = performance.now();
  const server = await spawnServer(env);
  for (;;) {
    const res = await fetch(server.url + pathname).catch(() => null);
    if (res?.ok) {
      await res.text();
      break;
    }
  }
  const elapsed = performance.now() - started;
  await stopServer(server, 'SIGTERM');
  return elapsed;
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

// TEST_DATABASE_URL set: start against a fresh database of that PostgreSQL server instead of PGlite.
const database = await freshDatabaseUrl();
const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-startup-'));
try {
  const env = { DATA_DIR: dataDir, DEMO: '1', ...(database.url && { DATABASE_URL: database.url }) };
  const first = await coldStart(env, '/api/health');
  const api: number[] = [];
  const page: number[] = [];
  for (let i = 0; i < RUNS; i++) {
    api.push(await coldStart(env, '/api/health'));
    page.push(await coldStart(env, '/'));
  }
  console.log(`\nbench:startup — ${database.url ? 'PostgreSQL server' : 'embedded PGlite'}, ${RUNS} runs each, ${process.version}`);
  console.log(`first start (empty database: migrations + demo content): ${first.toFixed(0)} ms`);
  console.log(`existing database → first /api/health answered: median ${median(api).toFixed(0)} ms (min ${Math.min(...api).toFixed(0)}, max ${Math.max(...api).toFixed(0)})`);
  console.log(`existing database → first SSR page / answered:  median ${median(page).toFixed(0)} ms (min ${Math.min(...page).toFixed(0)}, max ${Math.max(...page).toFixed(0)})`);
} finally {
  await rm(dataDir, { recursive: true, force: true });
  await database.drop();
}
