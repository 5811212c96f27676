import { and, asc, desc, eq, ilike, inArray, or, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { containing } from '../../db/like.ts';
import { cities, practiceReviews, practices, topics, users } from '../../db/schema/index.ts';

export type PracticeRow = typeof practices.$inferSelect;

const LIST_MAX = 500;
const reviewer = alias(users, 'reviewer');

export async function insertPractice(db: Executor, row: typeof practices.$inferInsert): Promise<number> {
  const [inserted] = await db.insert(practices).values(row).returning({ id: practices.id });
  return inserted!.id;
}

export async function updatePractice(db: Executor, id: number, patch: Partial<typeof practices.$inferInsert>): Promise<void> {
  await db.update(practices).set(patch).where(eq(practices.id, id));
}

export type PracticeFilter = {
  evidence?: string;
  topicId?: number;
  targetGroup?: string;
  setting?: string;
  cityId?: number;
  language?: string;
  q?: string;
  /** which examples: the published ones, those waiting for review, or all of one author's */
  scope: { published: true } | { submitted: true } | { authorId: number };
};

function filterSql(f: PracticeFilter): (SQL | undefined)[] {
  const scope =
    'published' in f.scope
      ? eq(practices.status, 'published')
      : 'submitted' in f.scope
        ? eq(practices.status, 'submitted')
        : eq(practices.authorId, f.scope.authorId);
  return [
    scope,
    f.evidence !== undefined ? eq(practices.evidenceLevel, f.evidence) : undefined,
    f.topicId !== undefined ? eq(practices.topicId, f.topicId) : undefined,
    f.targetGroup !== undefined ? sql`${f.targetGroup} = any(${practices.targetGroups})` : undefined,
    f.setting !== undefined ? sql`${f.setting} = any(${practices.settings})` : undefined,
    f.cityId !== undefined ? eq(practices.cityId, f.cityId) : undefined,
    f.language !== undefined ? eq(practices.language, f.language as 'de') : undefined,
    f.q !== undefined ? or(ilike(practices.title, containing(f.q)), ilike(practices.summary, containing(f.q))) : undefined,
  ];
}

/** Examples matching the filter, or the ones with these ids; the published by publication, others by last change. */
export async function listPractices(db: Executor, opts: { filter?: PracticeFilter; ids?: number[] }) {
  return db
    .select({ x: practices, topic: topics, citySlug: cities.slug, cityName: cities.name, author: users.displayName, reviewer: reviewer.displayName })
    .from(practices)
    .leftJoin(topics, eq(topics.id, practices.topicId))
    .leftJoin(cities, eq(cities.id, practices.cityId))
    .leftJoin(users, eq(users.id, practices.authorId))
    .leftJoin(reviewer, eq(reviewer.id, practices.reviewerId))
    .where(and(...(opts.ids ? [inArray(practices.id, opts.ids)] : []), ...(opts.filter ? filterSql(opts.filter) : [])))
    .orderBy(desc(sql`coalesce(${practices.publishedAt}, ${practices.updatedAt})`), desc(practices.id))
    .limit(LIST_MAX);
}

export async function lockPractice(db: Executor, id: number): Promise<PracticeRow | undefined> {
  const rows = await db.select().from(practices).where(eq(practices.id, id)).for('update');
  return rows[0];
}

export async function insertReview(db: Executor, row: typeof practiceReviews.$inferInsert): Promise<void> {
  await db.insert(practiceReviews).values(row);
}

export async function listReviews(db: Executor, practiceId: number) {
  return db
    .select({ kind: practiceReviews.kind, body: practiceReviews.body, author: users.displayName, createdAt: practiceReviews.createdAt })
    .from(practiceReviews)
    .leftJoin(users, eq(users.id, practiceReviews.authorId))
    .where(eq(practiceReviews.practiceId, practiceId))
    .orderBy(asc(practiceReviews.createdAt), asc(practiceReviews.id));
}
