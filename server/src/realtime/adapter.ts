import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import { createClient } from 'redis';
import type { Config } from '../config.ts';
import type { Availability } from '../db/availability.ts';
import { createPool } from '../db/client.ts';
import { logError } from '../lib/log.ts';
import type { Io } from './io.ts';

/**
 * With several nodes, Socket.IO relays room broadcasts through PostgreSQL (LISTEN/NOTIFY) or
 * Redis pub/sub. A lost connection is reported, never thrown: the PostgreSQL adapter listens again
 * by itself and the Redis client reconnects. Returns what closes the adapter's connections.
 */
export async function attachAdapter(io: Io, config: Config, availability: Availability): Promise<() => Promise<void>> {
  if (config.realtimeAdapter === 'postgres') {
    if (!config.databaseUrl) throw new Error('REALTIME_ADAPTER=postgres needs DATABASE_URL');
    const pool = createPool(config.databaseUrl, 2, (err) => availability.report(err));
    io.adapter(createPostgresAdapter(pool, { tableName: 'socket_io_attachments', errorHandler: (err) => availability.report(err) }));
    return () => pool.end();
  }
  if (config.realtimeAdapter === 'redis') {
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    for (const client of [pub, sub]) client.on('error', (err) => logError('redis adapter', err));
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createRedisAdapter(pub, sub));
    return async () => {
      await Promise.all([pub.quit(), sub.quit()]);
    };
  }
  return async () => {};
}
