import { mkdtemp } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { loadConfig } from '../../server/src/config.ts';
import { startServer } from '../../server/src/start-server.ts';

// The browser tests' server: the built web app on a fresh embedded database with the demo content.
const dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-e2e-'));
const server = await startServer(
  loadConfig({ PORT: process.env.PORT, HOST: '127.0.0.1', DATA_DIR: dataDir, DEMO: '1', WRITES_PER_MINUTE: '1000', APPLICATION_MIN_SECONDS: '0' }),
);
console.log(`e2e server on ${server.url}`);
for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, () => void server.close().then(() => process.exit(0)));
}
