import { and, eq, or, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { oidcIdentities, oidcLogins, oidcSessions } from '../../db/schema/index.ts';

export type PendingLogin = typeof oidcLogins.$inferSelect;

export async function insertLogin(db: Executor, row: PendingLogin): Promise<void> {
  await db.insert(oidcLogins).values(row);
}

/** The sign-in its state names, once: taken out whether or not it is still valid. */
export async function takeLogin(db: Executor, stateHash: string): Promise<PendingLogin | undefined> {
  const [row] = await db.delete(oidcLogins).where(eq(oidcLogins.stateHash, stateHash)).returning();
  return row;
}

export async function deleteExpiredLogins(db: Executor): Promise<void> {
  await db.delete(oidcLogins).where(sql`${oidcLogins.expiresAt} < now()`);
}

export async function findIdentity(db: Executor, provider: string, subject: string): Promise<number | undefined> {
  const [row] = await db
    .select({ userId: oidcIdentities.userId })
    .from(oidcIdentities)
    .where(and(eq(oidcIdentities.provider, provider), eq(oidcIdentities.subject, subject)));
  return row?.userId;
}

export async function linkIdentity(db: Executor, provider: string, subject: string, userId: number): Promise<void> {
  await db.insert(oidcIdentities).values({ provider, subject, userId }).onConflictDoNothing();
}

export async function insertOidcSession(db: Executor, row: typeof oidcSessions.$inferInsert): Promise<void> {
  await db.insert(oidcSessions).values(row);
}

export async function findOidcSession(db: Executor, sessionId: string) {
  const [row] = await db.select().from(oidcSessions).where(eq(oidcSessions.sessionId, sessionId));
  return row;
}

/** The sessions a back-channel logout names: by the provider's session id, or every one of the subject. */
export async function oidcSessionIds(db: Executor, provider: string, by: { sid?: string; subject?: string }): Promise<string[]> {
  const rows = await db
    .select({ id: oidcSessions.sessionId })
    .from(oidcSessions)
    .where(
      and(
        eq(oidcSessions.provider, provider),
        or(by.sid ? eq(oidcSessions.sid, by.sid) : undefined, by.subject && !by.sid ? eq(oidcSessions.subject, by.subject) : undefined),
      ),
    );
  return rows.map((r) => r.id);
}

export const stillValid = (row: PendingLogin) => row.expiresAt.getTime() > Date.now();
