import { containing } from '../../../db/like.ts';
import { type SQL, and, asc, desc, eq, ilike, inArray, or, sql } from 'drizzle-orm';
import type { Executor } from '../../../db/client.ts';
import { preparedQuery } from '../../../db/prepared.ts';
import { categories, cities, groups, liveSessions, users } from '../../../db/schema/index.ts';
import { authorColumns, type AuthorColumns } from '../../users/index.ts';

export type SessionRow = typeof liveSessions.$inferSelect;
/** A session with what its pages show: the group, the host, and the group's own category. */
export type SessionWithRefs = {
  session: SessionRow;
  group: { id: number; slug: string; name: string };
  categorySlug: string | null;
} & AuthorColumns;

const columns = {
  session: liveSessions,
  group: { id: groups.id, slug: groups.slug, name: groups.name },
  categorySlug: categories.slug,
  ...authorColumns,
};

function selectSessions(db: Executor) {
  return db
    .select(columns)
    .from(liveSessions)
    .innerJoin(groups, eq(groups.id, liveSessions.groupId))
    .leftJoin(categories, eq(categories.groupId, groups.id))
    .innerJoin(users, eq(users.id, liveSessions.hostId))
    .leftJoin(cities, eq(cities.id, users.cityId));
}

const sessionById = preparedQuery((db) => selectSessions(db).where(eq(liveSessions.id, sql.placeholder('id'))).prepare('live_session_by_id'));

export async function findSession(db: Executor, id: number): Promise<SessionWithRefs | undefined> {
  const rows = await sessionById(db).execute({ id });
  return rows[0];
}

/** Sessions in `readable` (the reader's, from the policy), upcoming or past, of one group or all. */
export async function listSessions(
  db: Executor,
  opts: { scope: 'upcoming' | 'past' | 'all'; groupId?: number; q?: string; readable: SQL; limit: number },
): Promise<SessionWithRefs[]> {
  const upcoming = opts.scope === 'upcoming';
  const like = opts.q && containing(opts.q);
  return selectSessions(db)
    .where(
      and(
        opts.scope === 'all' ? undefined : inArray(liveSessions.status, upcoming ? ['scheduled', 'live'] : ['ended', 'archived']),
        opts.groupId === undefined ? undefined : eq(liveSessions.groupId, opts.groupId),
        like ? or(ilike(liveSessions.title, like), ilike(liveSessions.description, like)) : undefined,
        opts.readable,
      ),
    )
    .orderBy(upcoming ? asc(liveSessions.startsAt) : desc(liveSessions.startsAt), asc(liveSessions.id))
    .limit(opts.limit);
}

export async function insertSession(db: Executor, row: typeof liveSessions.$inferInsert): Promise<SessionRow> {
  const rows = await db.insert(liveSessions).values(row).returning();
  return rows[0]!;
}

/** Takes the room's lock: changes to one room happen one after another, each with the next seq. */
export async function lockSession(db: Executor, id: number): Promise<SessionRow | undefined> {
  const rows = await db.select().from(liveSessions).where(eq(liveSessions.id, id)).for('update');
  return rows[0];
}

/** Changes the session and counts the change in the room's seq. */
export async function updateSession(db: Executor, id: number, patch: Partial<typeof liveSessions.$inferInsert>): Promise<SessionRow> {
  const rows = await db
    .update(liveSessions)
    .set({ ...patch, seq: sql`${liveSessions.seq} + 1` })
    .where(eq(liveSessions.id, id))
    .returning();
  return rows[0]!;
}

/** Counts a change of one of the room's questions; returns the seq that change carries. */
export async function bumpSeq(db: Executor, id: number): Promise<number> {
  const rows = await db
    .update(liveSessions)
    .set({ seq: sql`${liveSessions.seq} + 1` })
    .where(eq(liveSessions.id, id))
    .returning({ seq: liveSessions.seq });
  return rows[0]!.seq;
}

export async function findGroupRef(db: Executor, id: number) {
  const rows = await db
    .select({ id: groups.id, slug: groups.slug, name: groups.name })
    .from(groups)
    .where(eq(groups.id, id));
  return rows[0];
}

/** Takes the highlight off the question if it has it; true when it had. */
export async function clearHighlight(db: Executor, sessionId: number, questionId: number): Promise<boolean> {
  const rows = await db
    .update(liveSessions)
    .set({ highlightedQuestionId: null, seq: sql`${liveSessions.seq} + 1` })
    .where(and(eq(liveSessions.id, sessionId), eq(liveSessions.highlightedQuestionId, questionId)))
    .returning({ id: liveSessions.id });
  return rows.length > 0;
}
