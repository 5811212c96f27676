import { and, asc, count, eq, inArray, isNull, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { sharedLookup } from '../../db/shared-cache.ts';
import { cities, documents, users } from '../../db/schema/index.ts';

export type CityRow = typeof cities.$inferSelect;

/** Cities with their active members; all of them, or the one with `slug`. */
export async function listCitiesWithMemberCounts(db: Executor, slug?: string) {
  const memberCount = db
    .select({ cityId: users.cityId, n: count().as('n') })
    .from(users)
    .where(eq(users.status, 'active'))
    .groupBy(users.cityId)
    .as('member_count');
  const rows = await db
    .select({
      slug: cities.slug,
      name: cities.name,
      state: cities.state,
      country: cities.country,
      memberCount: sql<number>`coalesce(${memberCount.n}, 0)::int`,
      council: cities.council,
      contact: cities.contact,
      website: cities.website,
      latitude: cities.latitude,
      longitude: cities.longitude,
      coordinatorId: users.id,
      coordinatorName: users.displayName,
    })
    .from(cities)
    .leftJoin(memberCount, eq(memberCount.cityId, cities.id))
    .leftJoin(users, eq(users.id, cities.coordinatorId))
    .where(slug ? eq(cities.slug, slug) : undefined)
    .orderBy(asc(cities.name));
  return rows.map(({ coordinatorId, coordinatorName, ...city }) => ({
    ...city,
    coordinator: coordinatorId !== null ? { id: coordinatorId, displayName: coordinatorName! } : null,
  }));
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

/** Everyone and everything of one city becomes the other's; the first city is deleted. */
export async function mergeCity(db: Executor, fromId: number, intoId: number): Promise<void> {
  await db.update(users).set({ cityId: intoId }).where(eq(users.cityId, fromId));
  await db.update(documents).set({ cityId: intoId }).where(eq(documents.cityId, fromId));
  await db.delete(cities).where(eq(cities.id, fromId));
}

/** The city's first member coordinates it, unless someone does already. */
export async function makeFirstCoordinator(db: Executor, cityId: number, userId: number): Promise<void> {
  await db.update(cities).set({ coordinatorId: userId }).where(and(eq(cities.id, cityId), isNull(cities.coordinatorId)));
}

export async function updateCity(db: Executor, id: number, patch: Partial<typeof cities.$inferInsert>): Promise<void> {
  await db.update(cities).set(patch).where(eq(cities.id, id));
}

/** Cities by id (the partners of a project). */
export async function citiesByIds(db: Executor, ids: number[]) {
  if (ids.length === 0) return [];
  return db.select({ id: cities.id, slug: cities.slug, name: cities.name }).from(cities).where(inArray(cities.id, ids));
}

/** Cities by slug, as a form names them. */
export async function citiesBySlugs(db: Executor, slugs: string[]) {
  if (slugs.length === 0) return [];
  return db.select({ id: cities.id, slug: cities.slug }).from(cities).where(inArray(cities.slug, slugs));
}
