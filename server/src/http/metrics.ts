import { timingSafeEqual } from 'node:crypto';
import type { Request, RequestHandler } from 'express';
import client from 'prom-client';
import type { Database } from '../db/client.ts';
import { queuedJobCounts } from '../jobs/jobs.repo.ts';
import { logError } from '../lib/log.ts';
import type { Io } from '../realtime/io.ts';

/** The route a request matched, as its pattern (`/api/threads/:id`), never the path itself: the label's values stay few. */
function routeOf(req: Request): string {
  if (req.route?.path) return `${req.baseUrl}${String(req.route.path)}`;
  if (req.baseUrl === '/api') return '/api (no route)';
  if (req.path.startsWith('/_app/')) return 'static';
  return 'page';
}

const same = (a: string, b: string) => a.length === b.length && timingSafeEqual(Buffer.from(a), Buffer.from(b));

/**
 * Prometheus metrics (prom-client): requests by route and status with their latency, the default
 * process metrics (event-loop lag, memory, handles), open sockets, the job queues (mail) and the
 * connection pool. Served at `/metrics` only with `METRICS_TOKEN` as a bearer token; without a
 * token configured there is no `/metrics`. No label carries a person's data.
 */
export function createMetrics(deps: { database: Database; io: Io }) {
  const registry = new client.Registry();
  client.collectDefaultMetrics({ register: registry });
  const requests = new client.Counter({ name: 'http_requests_total', help: 'HTTP requests by method, route and status', labelNames: ['method', 'route', 'status'], registers: [registry] });
  const duration = new client.Histogram({
    name: 'http_request_duration_seconds',
    help: 'HTTP request latency by method and route',
    labelNames: ['method', 'route'],
    buckets: [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10],
    registers: [registry],
  });
  new client.Gauge({
    name: 'socketio_connected_clients',
    help: 'Socket.IO clients connected to this node',
    registers: [registry],
    collect() {
      this.set(deps.io.engine.clientsCount);
    },
  });
  new client.Gauge({
    name: 'jobs_queued',
    help: 'Background jobs waiting or running, by kind (mail:send is the mail queue)',
    labelNames: ['kind'],
    registers: [registry],
    async collect() {
      this.reset();
      try {
        for (const { kind, n } of await queuedJobCounts(deps.database.db)) this.set({ kind }, n);
      } catch (e) {
        logError('metrics: counting the job queues', e);
      }
    },
  });
  new client.Gauge({
    name: 'db_pool_connections',
    help: 'PostgreSQL pool connections by state (total, idle, waiting clients); absent on PGlite',
    labelNames: ['state'],
    registers: [registry],
    collect() {
      const use = deps.database.poolUse();
      if (!use) return;
      for (const [state, n] of Object.entries(use)) this.set({ state }, n);
    },
  });

  return {
    /** Counts every request when it finishes, under the route it matched. */
    track: ((req, res, next) => {
      const end = duration.startTimer();
      res.once('finish', () => {
        const route = routeOf(req);
        requests.inc({ method: req.method, route, status: String(res.statusCode) });
        end({ method: req.method, route });
      });
      next();
    }) satisfies RequestHandler,

    /** `/metrics` with `METRICS_TOKEN` as the bearer token (else 401); without a token configured, no such page. */
    endpoint(token: string | undefined): RequestHandler {
      return async (req, res, next) => {
        if (!token) return next();
        const given = /^Bearer (.+)$/.exec(req.get('authorization') ?? '')?.[1];
        if (!given || !same(given, token)) {
          res.status(401).set('WWW-Authenticate', 'Bearer realm="metrics"').type('text/plain').send('A valid metrics token is required.\n');
          return;
        }
        res.set('Content-Type', registry.contentType).send(await registry.metrics());
      };
    },
  };
}
export type Metrics = ReturnType<typeof createMetrics>;
