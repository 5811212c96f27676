import { createAdapter as createPostgresAdapter } from '@socket.io/postgres-adapter';
import { createAdapter as createRedisAdapter } from '@socket.io/redis-adapter';
import pg from 'pg';
import { createClient } from 'redis';
import type { Config } from '../config.ts';
import type { Io } from './io.ts';

/**
 * With several nodes, Socket.IO relays room broadcasts through PostgreSQL (LISTEN/NOTIFY) or
 * Redis pub/sub. Returns what closes the adapter's connections.
 */
export async function attachAdapter(io: Io, config: Config): Promise<() => Promise<void>> {
  if (config.realtimeAdapter === 'postgres') {
    if (!config.databaseUrl) throw new Error('REALTIME_ADAPTER=postgres needs DATABASE_URL');
    const pool = new pg.Pool({ connectionString: config.databaseUrl, max: 2 });
    io.adapter(createPostgresAdapter(pool, { tableName: 'socket_io_attachments' }));
    return () => pool.end();
  }
  if (config.realtimeAdapter === 'redis') {
    const pub = createClient({ url: config.redisUrl });
    const sub = pub.duplicate();
    await Promise.all([pub.connect(), sub.connect()]);
    io.adapter(createRedisAdapter(pub, sub));
    return async () => {
      await Promise.all([pub.quit(), sub.quit()]);
    };
  }
  return async () => {};
}
