import { sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../tests/support/database.ts';
import type { Database } from '../db/client.ts';
import { describeError } from './log.ts';

let database: Awaited<ReturnType<typeof openTestDatabase>>;
beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(() => database.close());

async function failure(run: (db: Database['db']) => Promise<unknown>): Promise<unknown> {
  try {
    await run(database.db);
  } catch (e) {
    return e;
  }
  throw new Error('the statement did not fail');
}

describe('error logs', () => {
  it('name the statement and SQLSTATE of a failed query, never its values', async () => {
    const secret = 'vertrauliche.person@stadt.example';
    const err = await failure((db) => db.execute(sql`insert into users (email, password_hash, display_name) values (${secret}, ${'x'}, ${null})`));
    const logged = describeError(err);
    expect(logged).toContain('statement failed: insert into users');
    expect(logged).toContain('[23502]');
    expect(logged).not.toContain(secret);
    expect(logged).not.toContain('params');
  });

  it('leave out database messages, which can quote the input', async () => {
    const secret = 'Meine private Nachricht';
    const err = await failure((db) => db.execute(sql`select ${secret}::int`));
    const logged = describeError(err);
    expect(logged).toContain('[22P02]');
    expect(logged).not.toContain(secret);
  });

  it('keep the class and message of a programming error with its stack', () => {
    const logged = describeError(new TypeError("Cannot read properties of undefined (reading 'id')"));
    expect(logged).toMatch(/^TypeError: Cannot read properties/);
    expect(logged).toContain('    at ');
  });
});
