import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { PGlite } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
import { sql, type ExtractTablesWithRelations } from 'drizzle-orm';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import { migrate as migratePglite } from 'drizzle-orm/pglite/migrator';
import { drizzle as drizzlePg } from 'drizzle-orm/node-postgres';
import { migrate as migratePg } from 'drizzle-orm/node-postgres/migrator';
import type { PgDatabase, PgQueryResultHKT, PgTransaction } from 'drizzle-orm/pg-core';
import pg from 'pg';
import { type Availability, createAvailability } from './availability.ts';
import * as schema from './schema/index.ts';
import { snapshotPglite, snapshotPostgres } from './snapshot.ts';

export type Schema = typeof schema;
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
export type Tx = PgTransaction<PgQueryResultHKT, Schema, ExtractTablesWithRelations<Schema>>;
/** Repos take either the database or an open transaction. */
export type Executor = Db | Tx;

export interface Database {
  db: Db;
  kind: 'pglite' | 'postgres';
  /** true when the database had no tables before migrations ran */
  fresh: boolean;
  /** whether the server is reachable; PGlite, in the process, always is */
  availability: Availability;
  /** a raw statement, for libraries that bring their own SQL (the rate limiter) */
  query(text: string, values: unknown[]): Promise<{ rows: Record<string, unknown>[]; rowCount: number }>;
  ping(): Promise<void>;
  /** the connection pool's use (PostgreSQL); null for PGlite, which has one connection in the process */
  poolUse(): { total: number; idle: number; waiting: number } | null;
  /** the database's part of a backup, written to a file (db/snapshot.ts) */
  snapshot(file: string): Promise<void>;
  close(): Promise<void>;
}

const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
const MIGRATION_LOCK = 727_001;
const casing = 'snake_case' as const;

export async function openDatabase(opts: { databaseUrl?: string; dataDir: string }): Promise<Database> {
  return opts.databaseUrl ? openPostgres(opts.databaseUrl) : openPglite(path.join(opts.dataDir, 'pglite'));
}

/** dir 'memory://' keeps the database in memory (tests). */
export async function openPglite(dir: string): Promise<Database> {
  if (!dir.startsWith('memory://')) await mkdir(dir, { recursive: true });
  const client = await PGlite.create(dir, { extensions: { pg_trgm } });
  const db = drizzlePglite({ client, schema, casing }) as unknown as Db;
  const fresh = !(await hasTables(db));
  await migratePglite(drizzlePglite({ client, casing }), { migrationsFolder });
  const ping = async () => void (await client.query('select 1'));
  return {
    db,
    kind: 'pglite',
    fresh,
    availability: createAvailability(ping),
    query: async (text, values) => {
      const result = await client.query<Record<string, unknown>>(text, values);
      return { rows: result.rows, rowCount: result.affectedRows ?? result.rows.length };
    },
    ping,
    poolUse: () => null,
    snapshot: (file) => snapshotPglite(client, file),
    close: () => client.close(),
  };
}

/**
 * A pool that survives the server going away: connections that die (idle or checked out) are
 * reported instead of crashing the process, and a request waits at most 5 s for a connection.
 */
export function createPool(url: string, max: number, onError: (err: Error) => void): pg.Pool {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  pool.on('error', onError);
  pool.on('connect', (client) => client.on('error', onError));
  return pool;
}

export async function openPostgres(url: string): Promise<Database> {
  let availability: Availability | undefined;
  const pool = createPool(url, 10, (err) => availability?.report(err));
  const ping = async () => void (await pool.query('select 1'));
  availability = createAvailability(ping);
  const conn = await pool.connect();
  let fresh: boolean;
  try {
    // Several nodes may start at once: only one migrates at a time.
    await conn.query('select pg_advisory_lock($1)', [MIGRATION_LOCK]);
    const lockedDb = drizzlePg({ client: conn, casing });
    fresh = !(await hasTables(lockedDb as unknown as Db));
    await migratePg(lockedDb, { migrationsFolder });
    await conn.query('select pg_advisory_unlock($1)', [MIGRATION_LOCK]);
  } finally {
    conn.release();
  }
  const db = drizzlePg({ client: pool, schema, casing }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    fresh,
    availability,
    query: async (text, values) => {
      const result = await pool.query(text, values);
      return { rows: result.rows, rowCount: result.rowCount ?? result.rows.length };
    },
    ping,
    poolUse: () => ({ total: pool.totalCount, idle: pool.idleCount, waiting: pool.waitingCount }),
    snapshot: (file) => snapshotPostgres(url, file),
    close: async () => {
      availability.stop();
      await endPool(pool);
    },
  };
}

/**
 * pool.end() resolves once every connection is asked to close, not once it has: wait for them,
 * so that dropping the database right after (tests) does not kill a connection mid-goodbye.
 */
async function endPool(pool: pg.Pool): Promise<void> {
  let open = pool.totalCount;
  const closed = new Promise<void>((resolve) => {
    if (!open) resolve();
    pool.on('remove', () => --open <= 0 && resolve());
  });
  await pool.end();
  await closed;
}

async function hasTables(db: Db): Promise<boolean> {
  const result = await db.execute(
    sql`select count(*)::int as n from information_schema.tables where table_schema = 'public' and table_name = 'users'`,
  );
  return (result as unknown as { rows: { n: number }[] }).rows[0]!.n > 0;
}
