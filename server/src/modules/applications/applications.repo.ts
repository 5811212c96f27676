import { and, desc, eq, gt, isNull, ne } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { cities, membershipApplications, users } from '../../db/schema/index.ts';

export type ApplicationRow = typeof membershipApplications.$inferSelect;

export async function insertApplication(db: Executor, row: typeof membershipApplications.$inferInsert): Promise<ApplicationRow> {
  const [inserted] = await db.insert(membershipApplications).values(row).returning();
  return inserted!;
}

const decider = alias(users, 'decider');

/** Applications with the city they became and who decided, newest first; one of them with `id`. */
export async function listApplications(db: Executor, opts: { id?: number; limit: number }) {
  const rows = await db
    .select({ a: membershipApplications, citySlug: cities.slug, cityName: cities.name, decidedByName: decider.displayName })
    .from(membershipApplications)
    .leftJoin(cities, eq(cities.id, membershipApplications.cityId))
    .leftJoin(decider, eq(decider.id, membershipApplications.decidedBy))
    .where(opts.id !== undefined ? eq(membershipApplications.id, opts.id) : undefined)
    .orderBy(desc(membershipApplications.createdAt))
    .limit(opts.limit);
  return rows;
}

/** The pending application, locked for its decision. */
export async function lockPendingApplication(db: Executor, id: number): Promise<ApplicationRow | undefined> {
  const rows = await db
    .select()
    .from(membershipApplications)
    .where(and(eq(membershipApplications.id, id), eq(membershipApplications.status, 'pending')))
    .for('update');
  return rows[0];
}

export async function updateApplication(db: Executor, id: number, patch: Partial<typeof membershipApplications.$inferInsert>): Promise<void> {
  await db.update(membershipApplications).set(patch).where(eq(membershipApplications.id, id));
}

/** The accepted application whose unused, unexpired invitation has this token hash. */
export async function findOpenInvitation(db: Executor, tokenHash: string, now: Date) {
  const rows = await db
    .select({ a: membershipApplications, citySlug: cities.slug, cityName: cities.name })
    .from(membershipApplications)
    .innerJoin(cities, eq(cities.id, membershipApplications.cityId))
    .where(
      and(
        eq(membershipApplications.inviteTokenHash, tokenHash),
        eq(membershipApplications.status, 'accepted'),
        isNull(membershipApplications.invitedUserId),
        gt(membershipApplications.inviteExpiresAt, now),
      ),
    );
  return rows[0];
}

/** A decided application and its personal data are gone (the city it became stays). */
export async function deleteDecidedApplication(db: Executor, id: number): Promise<boolean> {
  const rows = await db
    .delete(membershipApplications)
    .where(and(eq(membershipApplications.id, id), ne(membershipApplications.status, 'pending')))
    .returning({ id: membershipApplications.id });
  return rows.length > 0;
}
