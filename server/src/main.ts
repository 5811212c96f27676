import { loadConfig } from './config.ts';
import { startServer } from './start-server.ts';

const config = loadConfig();
const started = Date.now();
const server = await startServer(config);
console.log(`Praxisnetz listening on ${server.url} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}, ready in ${Date.now() - started} ms)`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    console.log(`${signal}: shutting down`);
    await server.close();
    process.exit(0);
  });
}
