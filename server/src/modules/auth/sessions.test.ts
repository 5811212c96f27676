import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { users } from '../../db/schema/index.ts';
import { extendSession, findSessionWithUser } from './sessions.repo.ts';
import { createSessionStore, sessionIdOf } from './sessions.ts';

let database: Database;
let userId: number;
beforeAll(async () => {
  database = await openTestDatabase();
  const [row] = await database.db
    .insert(users)
    .values({ email: 'sitzung@stadt.example', passwordHash: 'x', displayName: 'Sitzung', status: 'active' })
    .returning();
  userId = row!.id;
});
afterAll(() => database.close());

const DAY = 24 * 60 * 60 * 1000;

describe('sessions', () => {
  it('stores only the SHA-256 of the token', async () => {
    const store = createSessionStore(database.db, 30);
    const { token } = await store.create(userId);
    expect(await findSessionWithUser(database.db, token)).toBeUndefined();
    expect(await findSessionWithUser(database.db, sessionIdOf(token))).toBeDefined();
  });

  it('renews a session once half of its 30 days have passed', async () => {
    const store = createSessionStore(database.db, 30);
    const { token } = await store.create(userId);
    expect((await store.validate(token))!.renewed).toBe(false);
    await extendSession(database.db, sessionIdOf(token), new Date(Date.now() + 10 * DAY));
    const validated = await store.validate(token);
    expect(validated!.renewed).toBe(true);
    expect(validated!.expiresAt.getTime()).toBeGreaterThan(Date.now() + 29 * DAY);
  });

  it('forgets an expired session', async () => {
    const store = createSessionStore(database.db, 30);
    const { token } = await store.create(userId);
    await extendSession(database.db, sessionIdOf(token), new Date(Date.now() - 1000));
    expect(await store.validate(token)).toBeNull();
    expect(await findSessionWithUser(database.db, sessionIdOf(token))).toBeUndefined();
  });
});
