import { randomBytes } from 'node:crypto';
import pg from 'pg';
import { type Database, openPglite, openPostgres } from '../../server/src/db/client.ts';

/** Set by `npm run test:postgres` (and CI): tests then run against that PostgreSQL server. */
export const testDatabaseUrl = process.env.TEST_DATABASE_URL;

/** A database of its own for one test file, on the PostgreSQL server or an in-memory PGlite. */
export async function freshDatabaseUrl(): Promise<{ url: string | undefined; drop(): Promise<void> }> {
  if (!testDatabaseUrl) return { url: undefined, drop: async () => {} };
  const name = `pn_test_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: testDatabaseUrl });
  await admin.connect();
  await admin.query(`create database ${name}`);
  await admin.end();
  const url = new URL(testDatabaseUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    async drop() {
      const c = new pg.Client({ connectionString: testDatabaseUrl });
      await c.connect();
      await c.query(`drop database if exists ${name} with (force)`);
      await c.end();
    },
  };
}

export async function openTestDatabase(): Promise<Database & { drop(): Promise<void> }> {
  const { url, drop } = await freshDatabaseUrl();
  const database = url ? await openPostgres(url) : await openPglite('memory://');
  return {
    ...database,
    async close() {
      await database.close();
      await drop();
    },
    drop,
  };
}
