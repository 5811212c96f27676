import { rmSync } from 'node:fs';
import { cp, mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { type RunningServer, startServer } from '../../server/src/start-server.ts';
import { freshDatabaseUrl } from './database.ts';

let demoTemplate: Promise<string> | undefined;

/**
 * The PGlite run's demo deployment (its embedded database and files), made once and copied for
 * each server: a fresh one costs 7–8 s on two cores (initdb, migrations, the demo), a copy about
 * one. Vitest's global setup makes it once per run and hands it to every test process in
 * TEST_DEMO_TEMPLATE; elsewhere (Playwright) a process makes its own. Its times relative to "now"
 * (the running live session) age by at most a run.
 */
export function demoDataDir(): Promise<string> {
  const made = process.env.TEST_DEMO_TEMPLATE;
  demoTemplate ??= made ? Promise.resolve(made) : seedDemoDataDir();
  return demoTemplate;
}

async function seedDemoDataDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-demo-'));
  process.once('exit', () => rmSync(dir, { recursive: true, force: true }));
  const server = await startServer(loadConfig({ PORT: '0', HOST: '127.0.0.1', DATA_DIR: dir, DEMO: '1' }), { web: false });
  await server.close();
  return dir;
}

export interface TestServer extends RunningServer {
  dataDir: string;
}

/**
 * A real listening server on a free port with a database of its own, loaded with the demo
 * content (cities, categories, one account per role): a fresh database on the PostgreSQL server,
 * a copy of the worker's demo deployment on PGlite. Set `web: true` for the SvelteKit pages.
 */
export async function startTestServer(env: Record<string, string> = {}, opts: { web?: boolean } = {}): Promise<TestServer> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-test-'));
  const database = await freshDatabaseUrl();
  if (!database.url) await cp(await demoDataDir(), dataDir, { recursive: true });
  const config = loadConfig({
    PORT: '0',
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    DEMO: '1',
    WRITES_PER_MINUTE: '1000',
    LOGIN_MAX_FAILURES_PER_IP: '1000',
    SHUTDOWN_TIMEOUT_SECONDS: '2',
    ...(database.url && { DATABASE_URL: database.url }),
    ...env,
  });
  const server = await startServer(config, { web: opts.web ?? false });
  return {
    ...server,
    dataDir,
    async close() {
      await server.close();
      await database.drop();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}
