import { loadConfig } from './config.ts';
import { log, logError } from './lib/log.ts';
import { startServer } from './start-server.ts';

// The last net under code that runs outside a request (timers, socket and stream callbacks): every
// such place handles its own failures, and one that slips through is logged, not a dead service.
process.on('unhandledRejection', (reason) => logError('unhandled rejection', reason));

const config = loadConfig();
const started = Date.now();
const server = await startServer(config, { progress: (message) => log('info', message) });
log('info', `Praxisnetz listening on ${server.url} (${config.databaseUrl ? 'PostgreSQL' : `PGlite in ${config.dataDir}`}, ready in ${Date.now() - started} ms)`);

for (const signal of ['SIGTERM', 'SIGINT'] as const) {
  process.once(signal, async () => {
    log('info', `${signal}: shutting down`);
    await server.close();
    process.exit(0);
  });
}
