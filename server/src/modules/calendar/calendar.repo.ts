import { and, asc, eq, gte, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { cities, groups, liveSessions, moderationLog, users } from '../../db/schema/index.ts';
import { toUserWithCity, type UserWithCity, withCity } from '../users/index.ts';

/** What a calendar entry shows of a session, and what canReadSession decides by. */
export interface CalendarSessionRow {
  id: number;
  groupId: number;
  hostId: number;
  audience: 'group' | 'network';
  title: string;
  description: string;
  startsAt: Date;
  endsAt: Date;
  groupName: string;
  lastModified: Date;
}

/**
 * Sessions have no updated_at; every change to one (update, start, end, archive) is a moderator
 * action with its moderation_log row, so the newest such row is when it last changed.
 */
const lastModified = sql<Date>`greatest(${liveSessions.createdAt}, (
  select max(${moderationLog.createdAt}) from ${moderationLog}
  where ${moderationLog.sessionId} = ${liveSessions.id} and ${moderationLog.action} like 'session.%'))`.mapWith(
  (v: string | Date) => new Date(v),
);

const calendarColumns = {
  id: liveSessions.id,
  groupId: liveSessions.groupId,
  hostId: liveSessions.hostId,
  audience: liveSessions.audience,
  title: liveSessions.title,
  description: liveSessions.description,
  startsAt: liveSessions.startsAt,
  endsAt: liveSessions.endsAt,
  groupName: groups.name,
  lastModified,
};

export async function findCalendarSession(db: Executor, id: number): Promise<CalendarSessionRow | undefined> {
  const [row] = await db
    .select(calendarColumns)
    .from(liveSessions)
    .innerJoin(groups, eq(groups.id, liveSessions.groupId))
    .where(eq(liveSessions.id, id));
  return row;
}

/** Sessions in `readable` (the feed owner's, from the policy) ending at or after `since`, oldest first. */
export async function listCalendarSessions(
  db: Executor,
  s: { readable: SQL; since: Date; limit: number },
): Promise<CalendarSessionRow[]> {
  return db
    .select(calendarColumns)
    .from(liveSessions)
    .innerJoin(groups, eq(groups.id, liveSessions.groupId))
    .where(and(gte(liveSessions.endsAt, s.since), s.readable))
    .orderBy(asc(liveSessions.startsAt), asc(liveSessions.id))
    .limit(s.limit);
}

/** Sets the token unless the user has one already; answers the token the user has now. */
export async function ensureCalendarToken(db: Executor, userId: number, token: string): Promise<string> {
  const [row] = await db
    .update(users)
    .set({ calendarToken: sql`coalesce(${users.calendarToken}, ${token})` })
    .where(eq(users.id, userId))
    .returning({ token: users.calendarToken });
  return row!.token!;
}

export async function replaceCalendarToken(db: Executor, userId: number, token: string): Promise<void> {
  await db.update(users).set({ calendarToken: token }).where(eq(users.id, userId));
}

/** The feed's owner, loaded like every actor (with its group memberships). */
export async function findUserByCalendarToken(db: Executor, token: string): Promise<UserWithCity | undefined> {
  const [row] = await db
    .select(withCity)
    .from(users)
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(eq(users.calendarToken, token));
  return row && toUserWithCity(row);
}
