import { containing } from '../../db/like.ts';
import { and, asc, desc, eq, gt, ilike, isNotNull, isNull, or, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { cities, groupMembers, groups, posts, threads, topics, userExpertise, users } from '../../db/schema/index.ts';

type TopicColumn = { slug: string; de: string; en: string; fr: string }[];

/** The member's fields of expertise, in the vocabulary's order. */
export const expertiseColumn = sql<TopicColumn>`coalesce((
  select json_agg(json_build_object('slug', ${topics.slug}, 'de', ${topics.nameDe}, 'en', ${topics.nameEn}, 'fr', ${topics.nameFr}) order by ${topics.position}, ${topics.id})
  from ${userExpertise} join ${topics} on ${topics.id} = ${userExpertise.topicId}
  where ${userExpertise.userId} = ${users.id}), '[]'::json)`;

export const toTopicRefs = (column: TopicColumn) => column.map(({ slug, ...name }) => ({ slug, name }));

const cardColumns = {
  id: users.id,
  displayName: users.displayName,
  role: users.role,
  citySlug: cities.slug,
  cityName: cities.name,
  office: users.office,
  languages: users.languages,
  expertise: expertiseColumn,
};

/** Active members by name (then id), narrowed by a part of the name, city, topic and language. */
export async function listMembers(
  db: Executor,
  filter: { q?: string; city?: string; expertise?: string; language?: string },
  after: { name: string; id: number } | null,
  limit: number,
) {
  const conditions: (SQL | undefined)[] = [
    eq(users.status, 'active'),
    filter.q ? ilike(users.displayName, containing(filter.q)) : undefined,
    filter.city ? eq(cities.slug, filter.city) : undefined,
    filter.expertise
      ? sql`exists (select 1 from ${userExpertise} join ${topics} on ${topics.id} = ${userExpertise.topicId} where ${userExpertise.userId} = ${users.id} and ${topics.slug} = ${filter.expertise})`
      : undefined,
    filter.language ? sql`${filter.language} = any(${users.languages})` : undefined,
    after ? or(gt(users.displayName, after.name), and(eq(users.displayName, after.name), gt(users.id, after.id))) : undefined,
  ];
  return db
    .select(cardColumns)
    .from(users)
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(and(...conditions))
    .orderBy(asc(users.displayName), asc(users.id))
    .limit(limit);
}

export async function findMemberCard(db: Executor, id: number) {
  const rows = await db.select(cardColumns).from(users).leftJoin(cities, eq(cities.id, users.cityId)).where(eq(users.id, id));
  return rows[0];
}

/** The groups the member is an active member of. */
export async function memberGroups(db: Executor, userId: number) {
  return db
    .select({ id: groups.id, slug: groups.slug, name: groups.name })
    .from(groupMembers)
    .innerJoin(groups, eq(groups.id, groupMembers.groupId))
    .where(and(eq(groupMembers.userId, userId), eq(groupMembers.status, 'active')))
    .orderBy(asc(groups.name));
}

/** How many of the member's replies were accepted as answers. */
export async function acceptedAnswerCount(db: Executor, userId: number): Promise<number> {
  const [row] = await db
    .select({ n: sql<number>`count(*)::int` })
    .from(threads)
    .innerJoin(posts, eq(posts.id, threads.acceptedPostId))
    .where(and(eq(posts.authorId, userId), isNull(posts.deletedAt), isNull(threads.hiddenAt)));
  return row!.n;
}

/** The member's newest threads among those `readable` lets the viewer see. */
export async function recentThreads(db: Executor, userId: number, readable: SQL, limit: number) {
  return db
    .select({ id: threads.id, title: threads.title, kind: threads.kind, createdAt: threads.createdAt })
    .from(threads)
    .where(and(eq(threads.authorId, userId), readable))
    .orderBy(desc(threads.createdAt))
    .limit(limit);
}

/** The member's newest replies to questions, among those the viewer may read, and whether each was accepted. */
export async function recentAnswers(db: Executor, userId: number, readable: { threads: SQL; posts: SQL }, limit: number) {
  return db
    .select({ postId: posts.id, threadId: threads.id, threadTitle: threads.title, acceptedPostId: threads.acceptedPostId, createdAt: posts.createdAt })
    .from(posts)
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .where(
      and(
        eq(posts.authorId, userId),
        eq(posts.isOpening, false),
        eq(threads.kind, 'question'),
        isNull(posts.deletedAt),
        isNull(posts.hiddenAt),
        isNotNull(posts.id),
        readable.threads,
        readable.posts,
      ),
    )
    .orderBy(desc(posts.id))
    .limit(limit);
}
