import { asc, count, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { sharedLookup } from '../../db/shared-cache.ts';
import { cities, users } from '../../db/schema/index.ts';

export type CityRow = typeof cities.$inferSelect;

/** Cities with their active members; all of them, or the one with `slug`. */
export async function listCitiesWithMemberCounts(db: Executor, slug?: string) {
  const memberCount = db
    .select({ cityId: users.cityId, n: count().as('n') })
    .from(users)
    .where(eq(users.status, 'active'))
    .groupBy(users.cityId)
    .as('member_count');
  return db
    .select({ slug: cities.slug, name: cities.name, state: cities.state, country: cities.country, memberCount: sql<number>`coalesce(${memberCount.n}, 0)::int` })
    .from(cities)
    .leftJoin(memberCount, eq(memberCount.cityId, cities.id))
    .where(slug ? eq(cities.slug, slug) : undefined)
    .orderBy(asc(cities.name));
}

/** A city by its slug, from the shared cache (an admin's edit drops it). */
export const findCityBySlug = sharedLookup('cities', async (db, slug): Promise<CityRow | undefined> => {
  const rows = await db.select().from(cities).where(eq(cities.slug, slug));
  return rows[0];
});

export async function insertCity(db: Executor, row: typeof cities.$inferInsert): Promise<CityRow | undefined> {
  const rows = await db.insert(cities).values(row).onConflictDoNothing({ target: cities.slug }).returning();
  return rows[0];
}

export async function updateCity(db: Executor, id: number, patch: Partial<typeof cities.$inferInsert>): Promise<void> {
  await db.update(cities).set(patch).where(eq(cities.id, id));
}
