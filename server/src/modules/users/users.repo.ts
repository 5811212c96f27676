import { containing } from '../../db/like.ts';
import { and, asc, eq, ilike, inArray, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { preparedQuery } from '../../db/prepared.ts';
import { cities, userExpertise, users } from '../../db/schema/index.ts';

export type UserRow = typeof users.$inferSelect;
export type NewUserRow = typeof users.$inferInsert;
/** A working group the user is an active member of, and the role there. */
export type GroupMembership = { id: number; role: 'lead' | 'member' };
export type UserWithCity = UserRow & { city: { slug: string; name: string } | null; groups: GroupMembership[]; coordinates: number[] };

/** Loaded with every actor, so group rights are checked without another round trip. */
const activeGroups = sql<GroupMembership[]>`coalesce((
  select json_agg(json_build_object('id', gm.group_id, 'role', gm.role) order by gm.group_id)
  from group_members gm where gm.user_id = ${users.id} and gm.status = 'active'), '[]'::json)`;

/** The cities the person coordinates (approving their applicants), loaded with the actor as well. */
const coordinatedCities = sql<number[]>`coalesce((select json_agg(c.id order by c.id) from cities c where c.coordinator_id = ${users.id}), '[]'::json)`;

export const withCity = {
  user: users,
  citySlug: cities.slug,
  cityName: cities.name,
  groups: activeGroups,
  coordinates: coordinatedCities,
};

export function toUserWithCity(r: {
  user: UserRow;
  citySlug: string | null;
  cityName: string | null;
  groups: GroupMembership[];
  coordinates: number[];
}): UserWithCity {
  return { ...r.user, city: r.citySlug ? { slug: r.citySlug, name: r.cityName! } : null, groups: r.groups, coordinates: r.coordinates };
}

const userById = preparedQuery((db) =>
  db
    .select(withCity)
    .from(users)
    .leftJoin(cities, eq(users.cityId, cities.id))
    .where(eq(users.id, sql.placeholder('id')))
    .prepare('user_by_id'),
);

export async function findUserById(db: Executor, id: number): Promise<UserWithCity | undefined> {
  const rows = await userById(db).execute({ id });
  return rows[0] && toUserWithCity(rows[0]);
}

export async function findUserByEmail(db: Executor, email: string): Promise<UserWithCity | undefined> {
  const rows = await db
    .select(withCity)
    .from(users)
    .leftJoin(cities, eq(users.cityId, cities.id))
    .where(eq(users.email, email));
  return rows[0] && toUserWithCity(rows[0]);
}

export interface UserFilter {
  status?: UserRow['status'];
  role?: UserRow['role'];
  citySlug?: string;
  /** only people from these cities (a coordinator's applicants) */
  cityIds?: number[];
  /** seen within this many days, or never */
  seen?: number | 'never';
  /** a part of the name or the address */
  q?: string;
}

/** People by the staff's filters, oldest account first, after the cursor (created, id). */
export async function listUsers(db: Executor, filter: UserFilter, after: { at: Date; id: number } | null, limit: number): Promise<UserWithCity[]> {
  const pattern = filter.q && containing(filter.q);
  const seen =
    filter.seen === 'never'
      ? isNull(users.lastSeenAt)
      : filter.seen !== undefined
        ? sql`${users.lastSeenAt} > now() - make_interval(days => ${filter.seen})`
        : undefined;
  const rows = await db
    .select(withCity)
    .from(users)
    .leftJoin(cities, eq(users.cityId, cities.id))
    .where(
      and(
        filter.status ? eq(users.status, filter.status) : undefined,
        filter.role ? eq(users.role, filter.role) : undefined,
        filter.citySlug ? eq(cities.slug, filter.citySlug) : undefined,
        filter.cityIds ? inArray(users.cityId, filter.cityIds) : undefined,
        seen,
        pattern ? or(ilike(users.displayName, pattern), ilike(users.email, pattern)) : undefined,
        after ? sql`(${users.createdAt}, ${users.id}) > (${after.at.toISOString()}::timestamptz, ${after.id})` : undefined,
      ),
    )
    .orderBy(asc(users.createdAt), asc(users.id))
    .limit(limit);
  return rows.map(toUserWithCity);
}

/** Inserts unless the e-mail is taken; returns undefined when it is. */
export async function insertUser(db: Executor, row: NewUserRow): Promise<UserRow | undefined> {
  const rows = await db.insert(users).values(row).onConflictDoNothing({ target: users.email }).returning();
  return rows[0];
}

export async function updateUser(db: Executor, id: number, patch: Partial<NewUserRow>): Promise<void> {
  await db.update(users).set(patch).where(eq(users.id, id));
}

export async function approveUser(db: Executor, id: number, approverId: number): Promise<boolean> {
  const rows = await db
    .update(users)
    .set({ status: 'active', approvedAt: sql`now()`, approvedBy: approverId })
    .where(and(eq(users.id, id), eq(users.status, 'pending')))
    .returning({ id: users.id });
  return rows.length > 0;
}

/** The ids of the people `who` (a condition on `users`, e.g. the policy's staffSql) picks. */
export async function findUserIds(db: Executor, who: SQL): Promise<number[]> {
  const rows = await db.select({ id: users.id }).from(users).where(who);
  return rows.map((r) => r.id);
}

/** Removes a registration that was turned down (its mail keeps no link to it). */
export async function deletePendingUser(db: Executor, id: number): Promise<boolean> {
  const rows = await db.delete(users).where(and(eq(users.id, id), eq(users.status, 'pending'))).returning({ id: users.id });
  return rows.length > 0;
}

/** The member's fields of expertise become exactly these topics. */
export async function setExpertise(db: Executor, userId: number, topicIds: number[]): Promise<void> {
  await db.delete(userExpertise).where(eq(userExpertise.userId, userId));
  if (topicIds.length) await db.insert(userExpertise).values([...new Set(topicIds)].map((topicId) => ({ userId, topicId })));
}

/** The active administrators: the network office, told of what reaches it (barrier reports, applications). */
export async function activeAdminIds(db: Executor): Promise<number[]> {
  const rows = await db.select({ id: users.id }).from(users).where(and(eq(users.role, 'admin'), eq(users.status, 'active')));
  return rows.map((r) => r.id);
}
