import { and, desc, eq, isNotNull, isNull, type SQL, sql } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { cities, projects, topics, users } from '../../db/schema/index.ts';

export type ProjectRow = typeof projects.$inferSelect;

const LIST_MAX = 500;
const leadCity = alias(cities, 'lead_city');

export async function insertProject(db: Executor, row: typeof projects.$inferInsert): Promise<number> {
  const [inserted] = await db.insert(projects).values(row).returning({ id: projects.id });
  return inserted!.id;
}

export async function updateProject(db: Executor, id: number, patch: Partial<typeof projects.$inferInsert>): Promise<void> {
  await db.update(projects).set(patch).where(eq(projects.id, id));
}

export type ProjectFilter = { programme?: string; topicId?: number; status?: 'planned' | 'running' | 'completed'; cityId?: number; today: string };

/** The filter as conditions on `projects`: a status from the period and `today` (YYYY-MM-DD); a city as lead or partner. */
function filterSql(f: ProjectFilter): (SQL | undefined)[] {
  const status = {
    planned: sql`${projects.startsOn} > ${f.today}`,
    completed: sql`${projects.endsOn} < ${f.today}`,
    running: sql`${projects.startsOn} <= ${f.today} and (${projects.endsOn} is null or ${projects.endsOn} >= ${f.today})`,
  };
  return [
    f.programme !== undefined ? eq(projects.programme, f.programme) : undefined,
    f.topicId !== undefined ? eq(projects.topicId, f.topicId) : undefined,
    f.status !== undefined ? status[f.status] : undefined,
    f.cityId !== undefined ? sql`(${projects.leadCityId} = ${f.cityId} or ${f.cityId} = any(${projects.partnerCityIds}))` : undefined,
  ];
}

/** Published projects matching the filter, or (`proposed`) the proposals, or the one with `id`; newest start first. */
export async function listProjects(db: Executor, opts: { filter?: ProjectFilter; proposed?: boolean; id?: number }) {
  return db
    .select({ p: projects, topic: topics, leadSlug: leadCity.slug, leadName: leadCity.name, proposer: users.displayName })
    .from(projects)
    .leftJoin(topics, eq(topics.id, projects.topicId))
    .leftJoin(leadCity, eq(leadCity.id, projects.leadCityId))
    .leftJoin(users, eq(users.id, projects.proposedBy))
    .where(
      and(
        opts.id !== undefined ? eq(projects.id, opts.id) : opts.proposed ? isNull(projects.publishedAt) : isNotNull(projects.publishedAt),
        ...(opts.filter ? filterSql(opts.filter) : []),
      ),
    )
    .orderBy(desc(projects.startsOn), desc(projects.id))
    .limit(LIST_MAX);
}
