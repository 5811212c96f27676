import type { WatchLevel, WatchTarget } from '@praxisnetz/shared';
import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { categories, threads, watches } from '../../db/schema/index.ts';

export async function setWatch(db: Executor, userId: number, target: WatchTarget, targetId: number, level: WatchLevel): Promise<void> {
  await db
    .insert(watches)
    .values({ userId, target, targetId, level })
    .onConflictDoUpdate({ target: [watches.userId, watches.target, watches.targetId], set: { level, updatedAt: sql`now()` } });
}

/** The member's level unless they chose one already (starting or replying to a thread watches it). */
export async function setWatchUnlessChosen(db: Executor, userId: number, target: WatchTarget, targetId: number, level: WatchLevel): Promise<void> {
  await db.insert(watches).values({ userId, target, targetId, level }).onConflictDoNothing();
}

/** The category a watched thread or category is in, with what decides who reads it; none if unknown. */
export async function findWatchedCategory(db: Executor, target: 'thread' | 'category', id: number): Promise<{ groupId: number | null } | undefined> {
  const [row] =
    target === 'thread'
      ? await db.select({ groupId: categories.groupId }).from(threads).innerJoin(categories, eq(categories.id, threads.categoryId)).where(eq(threads.id, id))
      : await db.select({ groupId: categories.groupId }).from(categories).where(eq(categories.id, id));
  return row;
}

export async function findWatchLevel(db: Executor, userId: number, target: WatchTarget, targetId: number): Promise<WatchLevel> {
  const [row] = await db
    .select({ level: watches.level })
    .from(watches)
    .where(and(eq(watches.userId, userId), eq(watches.target, target), eq(watches.targetId, targetId)));
  return row?.level ?? 'normal';
}
