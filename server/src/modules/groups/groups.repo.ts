import { and, asc, count, eq, inArray, ne, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { categories, cities, groupInvitations, groupMembers, groups, liveSessions, threads, users } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

export type GroupRow = typeof groups.$inferSelect;
export type MemberRow = typeof groupMembers.$inferSelect;

export async function findGroupById(db: Executor, id: number): Promise<GroupRow | undefined> {
  const rows = await db.select().from(groups).where(eq(groups.id, id));
  return rows[0];
}

/** The group with its own forum category (written together, so always present). */
export async function findGroupWithCategory(db: Executor, id: number) {
  const rows = await db
    .select({ group: groups, category: categories })
    .from(groups)
    .innerJoin(categories, eq(categories.groupId, groups.id))
    .where(eq(groups.id, id));
  return rows[0];
}
export type GroupWithCategory = NonNullable<Awaited<ReturnType<typeof findGroupWithCategory>>>;

/**
 * Locks the group row: membership changes of one group run one after the other, so two leads
 * stepping down at once cannot leave it without a lead.
 */
export async function lockGroup(db: Executor, id: number): Promise<void> {
  await db.select({ id: groups.id }).from(groups).where(eq(groups.id, id)).for('update');
}

const activeCount = sql<number>`(select count(*)::int from ${groupMembers}
  where ${groupMembers.groupId} = ${groups.id} and ${groupMembers.status} = 'active')`;

/** Every group with its category's slug and its number of active members, by name. */
export async function listGroups(db: Executor, ids?: number[]) {
  return db
    .select({ group: groups, categorySlug: categories.slug, memberCount: activeCount })
    .from(groups)
    .innerJoin(categories, eq(categories.groupId, groups.id))
    .where(ids ? inArray(groups.id, ids) : undefined)
    .orderBy(asc(groups.name), asc(groups.id));
}

function selectMembers(db: Executor) {
  return db
    .select({ member: groupMembers, ...authorColumns })
    .from(groupMembers)
    .innerJoin(users, eq(users.id, groupMembers.userId))
    .leftJoin(cities, eq(cities.id, users.cityId));
}
export type MemberWithAuthor = Awaited<ReturnType<ReturnType<typeof selectMembers>['execute']>>[number];

/** Active leads of the groups, by name. */
export async function listLeads(db: Executor, groupIds: number[]): Promise<MemberWithAuthor[]> {
  if (groupIds.length === 0) return [];
  return selectMembers(db)
    .where(and(inArray(groupMembers.groupId, groupIds), eq(groupMembers.status, 'active'), eq(groupMembers.role, 'lead')))
    .orderBy(asc(users.displayName), asc(users.id));
}

/** Everyone with a row in the group: leads first, then by name. */
export async function listMembers(db: Executor, groupId: number): Promise<MemberWithAuthor[]> {
  return selectMembers(db)
    .where(eq(groupMembers.groupId, groupId))
    .orderBy(asc(groupMembers.role), asc(users.displayName), asc(users.id));
}

export async function findMember(db: Executor, groupId: number, userId: number): Promise<MemberWithAuthor | undefined> {
  const rows = await selectMembers(db).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
  return rows[0];
}

/** The user's rows in every group, whatever their status. */
export async function membershipsOf(db: Executor, userId: number): Promise<MemberRow[]> {
  return db.select().from(groupMembers).where(eq(groupMembers.userId, userId));
}

/** Per group, the start of its next scheduled or running session: of any audience, and of network ones. */
export async function nextSessions(db: Executor, groupIds: number[]) {
  if (groupIds.length === 0) return [];
  return db
    .select({
      groupId: liveSessions.groupId,
      any: sql<string | null>`min(${liveSessions.startsAt})`,
      network: sql<string | null>`min(${liveSessions.startsAt}) filter (where ${liveSessions.audience} = 'network')`,
    })
    .from(liveSessions)
    .where(
      and(
        inArray(liveSessions.groupId, groupIds),
        inArray(liveSessions.status, ['scheduled', 'live']),
        sql`${liveSessions.endsAt} > now()`,
      ),
    )
    .groupBy(liveSessions.groupId);
}

export async function countActiveLeads(db: Executor, groupId: number): Promise<number> {
  const [row] = await db
    .select({ n: count() })
    .from(groupMembers)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.status, 'active'), eq(groupMembers.role, 'lead')));
  return row!.n;
}

/** A group slug is free when neither a group nor a category (ag-<slug>) carries it. */
export async function isSlugFree(db: Executor, slug: string, categorySlug: string): Promise<boolean> {
  // One after the other: inside a transaction both run on one connection.
  const group = await db.select({ id: groups.id }).from(groups).where(eq(groups.slug, slug));
  const category = await db.select({ id: categories.id }).from(categories).where(eq(categories.slug, categorySlug));
  return group.length === 0 && category.length === 0;
}

export async function insertGroup(db: Executor, row: typeof groups.$inferInsert): Promise<GroupRow> {
  const [created] = await db.insert(groups).values(row).returning();
  return created!;
}

export async function updateGroup(db: Executor, id: number, patch: { name: string; description: string }): Promise<void> {
  await db.update(groups).set(patch).where(eq(groups.id, id));
}

/** The group's category carries its name and description in every language; returns its id. */
export async function upsertGroupCategory(db: Executor, groupId: number, c: { slug: string; name: string; description: string }): Promise<number> {
  const texts = {
    nameDe: c.name,
    nameEn: c.name,
    nameFr: c.name,
    descriptionDe: c.description,
    descriptionEn: c.description,
    descriptionFr: c.description,
  };
  const [row] = await db
    .insert(categories)
    .values({ slug: c.slug, groupId, position: 1000, ...texts })
    .onConflictDoUpdate({ target: categories.groupId, set: texts })
    .returning({ id: categories.id });
  return row!.id;
}

export async function insertMember(db: Executor, row: typeof groupMembers.$inferInsert): Promise<void> {
  await db.insert(groupMembers).values(row);
}

export async function updateMember(db: Executor, groupId: number, userId: number, patch: Partial<typeof groupMembers.$inferInsert>) {
  await db
    .update(groupMembers)
    .set(patch)
    .where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
}

export async function deleteMember(db: Executor, groupId: number, userId: number): Promise<void> {
  await db.delete(groupMembers).where(and(eq(groupMembers.groupId, groupId), eq(groupMembers.userId, userId)));
}

/** What a member who leaves must stop receiving: the group's threads and its sessions not yet archived. */
export async function groupSpace(db: Executor, groupId: number, categoryId: number) {
  // One after the other: inside a transaction both run on one connection.
  const threadRows = await db.select({ id: threads.id }).from(threads).where(eq(threads.categoryId, categoryId));
  const sessionRows = await db
    .select({ id: liveSessions.id, audience: liveSessions.audience })
    .from(liveSessions)
    .where(and(eq(liveSessions.groupId, groupId), ne(liveSessions.status, 'archived')));
  return { threadIds: threadRows.map((t) => t.id), sessions: sessionRows };
}

/** Invites an address without an account (again: the newer lead is kept). */
export async function upsertInvitation(db: Executor, row: { groupId: number; email: string; invitedBy: number }): Promise<void> {
  await db
    .insert(groupInvitations)
    .values(row)
    .onConflictDoUpdate({ target: [groupInvitations.groupId, groupInvitations.email], set: { invitedBy: row.invitedBy, createdAt: sql`now()` } });
}

/**
 * The invitations waiting for this address become the new account's invited memberships; returns
 * them with the group's name and who invited.
 */
export async function claimInvitations(db: Executor, userId: number, email: string) {
  const waiting = await db
    .select({ groupId: groups.id, groupName: groups.name, invitedBy: users.id, inviterName: users.displayName })
    .from(groupInvitations)
    .innerJoin(groups, eq(groups.id, groupInvitations.groupId))
    .innerJoin(users, eq(users.id, groupInvitations.invitedBy))
    .where(eq(groupInvitations.email, email));
  if (waiting.length === 0) return [];
  await db.delete(groupInvitations).where(eq(groupInvitations.email, email));
  await db
    .insert(groupMembers)
    .values(waiting.map((i) => ({ groupId: i.groupId, userId, role: 'member' as const, status: 'invited' as const, invitedBy: i.invitedBy })))
    .onConflictDoNothing();
  return waiting;
}
