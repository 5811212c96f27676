import { and, eq, lt, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { cities, sessions, users } from '../../db/schema/index.ts';
import { toUserWithCity, type UserWithCity, withCity } from '../users/index.ts';

export type SessionRow = typeof sessions.$inferSelect;

export async function insertSession(db: Executor, row: typeof sessions.$inferInsert): Promise<void> {
  await db.insert(sessions).values(row);
}

const sessionWithUser = preparedQuery((db) =>
  db
    .select({ session: sessions, ...withCity })
    .from(sessions)
    .innerJoin(users, eq(users.id, sessions.userId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(eq(sessions.id, sql.placeholder('id')))
    .prepare('session_with_user'),
);

/** The session and its account in one round trip: every authenticated request asks this. */
export async function findSessionWithUser(db: Executor, id: string): Promise<{ session: SessionRow; user: UserWithCity } | undefined> {
  const [row] = await sessionWithUser(db).execute({ id });
  return row && { session: row.session, user: toUserWithCity(row) };
}

export async function extendSession(db: Executor, id: string, expiresAt: Date): Promise<void> {
  await db.update(sessions).set({ expiresAt }).where(eq(sessions.id, id));
}

export async function deleteSession(db: Executor, id: string): Promise<void> {
  await db.delete(sessions).where(eq(sessions.id, id));
}

export async function findSessionExpiry(db: Executor, id: string): Promise<Date | undefined> {
  const [row] = await db.select({ expiresAt: sessions.expiresAt }).from(sessions).where(eq(sessions.id, id));
  return row?.expiresAt;
}

/** Returns the ids of the ended sessions, whose sockets are then closed. */
export async function deleteOtherSessions(db: Executor, userId: number, keepId: string): Promise<string[]> {
  const rows = await db.delete(sessions).where(and(eq(sessions.userId, userId), ne(sessions.id, keepId))).returning({ id: sessions.id });
  return rows.map((r) => r.id);
}

export async function deleteUserSessions(db: Executor, userId: number): Promise<void> {
  await db.delete(sessions).where(eq(sessions.userId, userId));
}

export async function deleteExpiredSessions(db: Executor, now: Date): Promise<void> {
  await db.delete(sessions).where(lt(sessions.expiresAt, now));
}
