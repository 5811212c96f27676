import type { FlagOutcome, FlagTarget } from '@praxisnetz/shared';
import { and, count, desc, eq, inArray, isNull, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { cities, flags, posts, users } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

export type FlagRow = typeof flags.$inferSelect;

/** The member's flag, unless they flagged the item before (then undefined). */
export async function insertFlag(db: Executor, row: typeof flags.$inferInsert): Promise<FlagRow | undefined> {
  const rows = await db.insert(flags).values(row).onConflictDoNothing().returning();
  return rows[0];
}

/** How many members flagged the item and await a review. */
export async function countOpenFlags(db: Executor, type: FlagTarget, id: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(flags)
    .where(and(eq(flags.targetType, type), eq(flags.targetId, id), eq(flags.status, 'open')));
  return row!.n;
}

/** Items with open flags among those `scope` lets the reviewer see. */
export async function countOpenItems(db: Executor, scope: SQL): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(distinct (${flags.targetType}, ${flags.targetId}))::int` })
    .from(flags)
    .where(and(eq(flags.status, 'open'), scope));
  return row!.n;
}

export async function findFlag(db: Executor, id: number): Promise<FlagRow | undefined> {
  const [row] = await db.select().from(flags).where(eq(flags.id, id));
  return row;
}

/** Flags with their reporters, newest first, among those `scope` (a condition on `flags`) lets the reviewer see. */
export async function listFlags(db: Executor, status: 'open' | 'resolved', scope: SQL, limit: number) {
  return db
    .select({ flag: flags, ...authorColumns })
    .from(flags)
    .innerJoin(users, eq(users.id, flags.reporterId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(and(eq(flags.status, status), scope))
    .orderBy(desc(flags.createdAt), desc(flags.id))
    .limit(limit);
}

export async function listFlagsOf(db: Executor, reporterId: number, limit: number) {
  return db.select().from(flags).where(eq(flags.reporterId, reporterId)).orderBy(desc(flags.createdAt), desc(flags.id)).limit(limit);
}

/** Resolves every open flag on the item with one outcome; returns the reporters told of it. */
export async function resolveOpenFlags(
  db: Executor,
  type: FlagTarget,
  id: number,
  resolution: { outcome: FlagOutcome; note: string | null; by: number },
): Promise<number[]> {
  const rows = await db
    .update(flags)
    .set({ status: 'resolved', outcome: resolution.outcome, resolutionNote: resolution.note, resolvedBy: resolution.by, resolvedAt: sql`now()` })
    .where(and(eq(flags.targetType, type), eq(flags.targetId, id), eq(flags.status, 'open')))
    .returning({ reporterId: flags.reporterId });
  return rows.map((r) => r.reporterId);
}

/** Authors' records for the reviewer: posts written, and flags on their items that were upheld. */
export async function authorRecords(db: Executor, authorIds: number[]): Promise<Map<number, { posts: number; upheldFlags: number }>> {
  const records = new Map(authorIds.map((id) => [id, { posts: 0, upheldFlags: 0 }]));
  if (authorIds.length === 0) return records;
  const written = await db
    .select({ id: posts.authorId, n: count() })
    .from(posts)
    .where(and(inArray(posts.authorId, authorIds), isNull(posts.deletedAt)))
    .groupBy(posts.authorId);
  const upheld = await db
    .select({ id: flags.authorId, n: sql<number>`count(distinct (${flags.targetType}, ${flags.targetId}))::int` })
    .from(flags)
    .where(and(inArray(flags.authorId, authorIds), inArray(flags.outcome, ['hide', 'delete'])))
    .groupBy(flags.authorId);
  for (const r of written) records.get(r.id)!.posts = r.n;
  for (const r of upheld) if (r.id !== null) records.get(r.id)!.upheldFlags = r.n;
  return records;
}

/** Authors as every feature shows them, by id. */
export async function findAuthors(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select(authorColumns).from(users).leftJoin(cities, eq(cities.id, users.cityId)).where(inArray(users.id, ids));
}
