import { asc, count, eq, isNull, max, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { sharedLookup } from '../../db/shared-cache.ts';
import { categories, groups, threads } from '../../db/schema/index.ts';

export type CategoryRow = typeof categories.$inferSelect;

/** The open forum's categories: a working group's own category is listed only on the group's page. */
export async function listCategoriesWithStats(db: Executor) {
  const stats = db
    .select({
      categoryId: threads.categoryId,
      threadCount: count().as('thread_count'),
      postCount: sql<number>`sum(${threads.replyCount} + 1)::int`.as('post_count'),
      lastActivityAt: max(threads.lastActivityAt).as('last_activity_at'),
    })
    .from(threads)
    .where(isNull(threads.mergedIntoId))
    .groupBy(threads.categoryId)
    .as('stats');
  return db
    .select({ category: categories, threadCount: stats.threadCount, postCount: stats.postCount, lastActivityAt: stats.lastActivityAt })
    .from(categories)
    .leftJoin(stats, eq(stats.categoryId, categories.id))
    .where(isNull(categories.groupId))
    .orderBy(asc(categories.position), asc(categories.id));
}

/** Every category, the open forum's and the working groups' (with the group's name), in the forum's order. */
export async function listAllCategories(db: Executor) {
  return db
    .select({ category: categories, groupName: groups.name })
    .from(categories)
    .leftJoin(groups, eq(groups.id, categories.groupId))
    .orderBy(asc(categories.position), asc(categories.id));
}

/** A category by its slug, from the shared cache (a group's rename drops it). */
export const findCategoryBySlug = sharedLookup('categories', async (db, slug): Promise<CategoryRow | undefined> => {
  const rows = await db.select().from(categories).where(eq(categories.slug, slug));
  return rows[0];
});
