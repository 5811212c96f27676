import { createServer, type RequestListener } from 'node:http';
import type { AddressInfo, Socket } from 'node:net';
import type { Config } from './config.ts';
import { type Database, openDatabase } from './db/client.ts';
import { dropSharedCache } from './db/shared-cache.ts';
import { openControlSocket } from './admin/control-socket.ts';
import { createApp } from './http/app.ts';
import { listRoutes, type RouteRef } from './http/openapi/list-routes.ts';
import { createMetrics } from './http/metrics.ts';
import { loadWebHandler } from './http/web-handler.ts';
import { createSessionStore } from './modules/auth/index.ts';
import { createExtractionJob, createFileStore } from './modules/documents/index.ts';
import { registerForumSocket } from './modules/forum/index.ts';
import { registerLiveSocket } from './modules/live/index.ts';
import { createMailer } from './modules/mail/index.ts';
import { createPresence } from './realtime/presence.ts';
import { attachAdapter } from './realtime/adapter.ts';
import { createIo, ioPublisher } from './realtime/io.ts';
import { logError } from './lib/log.ts';
import { createServices } from './services.ts';

export interface RunningServer {
  url: string;
  port: number;
  /** the process's database, for tests that must reach behind the API (e.g. age a session) */
  database: Database;
  /** the routes Express answers (the API description's test compares them with it) */
  routes: () => RouteRef[];
  close(): Promise<void>;
}

export interface StartOptions {
  /** false: the JSON API and sockets only (tests of the API) */
  web?: boolean;
  /** told what the start is doing, for a person watching it (main.ts prints it) */
  progress?: (message: string) => void;
}

/** Composition root: database → services → HTTP app and Socket.IO on one server → listen. */
export async function startServer(config: Config, opts: StartOptions = {}): Promise<RunningServer> {
  const progress = opts.progress ?? (() => {});
  let phase = Date.now();
  const done = (message: string) => {
    progress(`${message} (${Date.now() - phase} ms)`);
    phase = Date.now();
  };
  progress(config.databaseUrl ? 'Connecting to PostgreSQL and applying migrations …' : `Opening PGlite in ${config.dataDir} and applying migrations (the first start creates the database: a few seconds) …`);
  const database = await openDatabase(config);
  done(database.fresh ? 'Database created' : 'Database up to date');
  const fileStore = createFileStore(config.dataDir);
  await fileStore.init();
  const extraction = createExtractionJob({ db: database.db, fileStore });

  // Socket.IO must find the app's listener in place, so it can keep /socket.io/ requests from it.
  let app: RequestListener | undefined;
  const httpServer = createServer((req, res) => app!(req, res));
  // Every connection, also those upgraded to WebSockets (which closeAllConnections does not reach):
  // at the end of a shutdown's grace period the ones left are cut.
  const connections = new Set<Socket>();
  httpServer.on('connection', (socket) => {
    connections.add(socket);
    socket.once('close', () => connections.delete(socket));
  });
  const sessions = createSessionStore(database.db, config.sessionDays);
  const io = createIo(httpServer, sessions);
  const detachAdapter = await attachAdapter(io, config, database.availability);
  // Events may have been lost while the database was away (the PostgreSQL adapter relays through it).
  database.availability.onRecovered(() => io.local.emit('resync', { reason: 'database' }));
  const shared = config.realtimeAdapter !== 'memory';
  const presence = createPresence(io, { shared });
  const mailer = createMailer(config.mail);
  const publisher = ioPublisher(io, { shared });
  const services = createServices({ config, database, sessions, publisher, fileStore, extraction, mailer, presence });
  io.on('cache:changed', (name) => dropSharedCache(database.db, name));
  const housekeeping = async () => {
    try {
      await sessions.purgeExpired();
      await services.rateLimits.clearExpired();
      await services.sso.purgeExpired();
    } catch (e) {
      logError('housekeeping', e);
    }
  };
  await housekeeping();
  const purge = setInterval(housekeeping, 60 * 60 * 1000).unref();
  if (database.fresh && config.demo) {
    progress('Loading the demo network …');
    // Loaded only here: the demo's file builders (PDF, office formats) are no part of a running node.
    const { seedDemo } = await import('./demo/demo-seed.ts');
    const { counts } = await seedDemo(database.db, { documents: services.documents });
    done(`Demo network loaded: ${describeCounts(counts)}; the documents' text is extracted in the background`);
  }
  extraction.start();
  services.jobs.start();
  if (config.admin) await services.auth.ensureAdmin(config.admin.email, config.admin.password);
  io.on('connection', (socket) => {
    registerForumSocket(socket, services);
    registerLiveSocket(socket, services);
  });

  // PGlite: the admin CLI's commands run here, in the process that holds the database.
  // Without it (a DATA_DIR path too long for a Unix socket) the node still serves; the CLI then says so.
  const closeControl =
    database.kind === 'pglite'
      ? await openControlSocket({ database, dataDir: config.dataDir, publicUrl: config.mail.publicUrl, publisher }).catch((err: unknown) => {
          logError('opening the admin socket', err);
          return undefined;
        })
      : undefined;
  const web = opts.web === false ? undefined : await loadWebHandler();
  if (web) done('Web app loaded');
  const expressApp = createApp({ config, services, web, metrics: createMetrics({ database, io }) });
  app = expressApp;
  await new Promise<void>((resolve, reject) => {
    httpServer.once('error', reject);
    httpServer.listen(config.port, config.host, resolve);
  });
  const { port } = httpServer.address() as AddressInfo;
  const host = config.host === '0.0.0.0' || config.host === '::' ? 'localhost' : config.host;

  let closing: Promise<void> | undefined;
  async function close() {
    // Stop accepting, let in-flight requests finish, drop idle keep-alives, then the sockets and the database.
    const drained = new Promise<void>((resolve) => httpServer.close(() => resolve()));
    httpServer.closeIdleConnections();
    io.disconnectSockets(true);
    const timer = setTimeout(() => {
      httpServer.closeAllConnections();
      for (const socket of connections) socket.destroy();
    }, config.shutdownTimeoutMs);
    await drained;
    clearTimeout(timer);
    clearInterval(purge);
    await closeControl?.();
    presence.stop();
    await extraction.stop();
    await services.jobs.stop();
    mailer.close();
    await new Promise<void>((resolve) => io.close(() => resolve()));
    await detachAdapter();
    await database.close();
  }
  return { url: `http://${host}:${port}`, port, database, routes: () => listRoutes(expressApp), close: () => (closing ??= close()) };
}

function describeCounts(counts: Record<string, number>): string {
  return Object.entries(counts)
    .map(([what, n]) => `${n} ${what}`)
    .join(', ');
}
