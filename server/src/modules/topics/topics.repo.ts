import { asc, eq, inArray, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { documents, documentTopics, threads, threadTopics, topics } from '../../db/schema/index.ts';

export type TopicRow = typeof topics.$inferSelect;

export async function listTopics(db: Executor): Promise<TopicRow[]> {
  return db.select().from(topics).orderBy(asc(topics.position), asc(topics.nameDe));
}

export async function findTopicBySlug(db: Executor, slug: string): Promise<TopicRow | undefined> {
  const [row] = await db.select().from(topics).where(eq(topics.slug, slug));
  return row;
}

export async function findTopicsBySlugs(db: Executor, slugs: string[]): Promise<TopicRow[]> {
  if (slugs.length === 0) return [];
  return db.select().from(topics).where(inArray(topics.slug, slugs));
}

/** undefined when the slug is taken */
export async function insertTopic(db: Executor, row: typeof topics.$inferInsert): Promise<TopicRow | undefined> {
  const [created] = await db.insert(topics).values(row).onConflictDoNothing({ target: topics.slug }).returning();
  return created;
}

export async function updateTopic(db: Executor, id: number, patch: Partial<Pick<TopicRow, 'nameDe' | 'nameEn' | 'nameFr' | 'position'>>): Promise<void> {
  await db.update(topics).set(patch).where(eq(topics.id, id));
}

/** The topic goes, and with it every thread's and document's tag (the items stay). */
export async function deleteTopic(db: Executor, id: number): Promise<void> {
  await db.delete(topics).where(eq(topics.id, id));
}

export async function setThreadTopics(db: Executor, threadId: number, topicIds: number[]): Promise<void> {
  await db.delete(threadTopics).where(eq(threadTopics.threadId, threadId));
  if (topicIds.length) await db.insert(threadTopics).values(topicIds.map((topicId) => ({ threadId, topicId })));
}

export async function setDocumentTopics(db: Executor, documentId: number, topicIds: number[]): Promise<void> {
  await db.delete(documentTopics).where(eq(documentTopics.documentId, documentId));
  if (topicIds.length) await db.insert(documentTopics).values(topicIds.map((topicId) => ({ documentId, topicId })));
}

export async function topicsOfDocuments(db: Executor, documentIds: number[]) {
  if (documentIds.length === 0) return [];
  return db
    .select({ documentId: documentTopics.documentId, topic: topics })
    .from(documentTopics)
    .innerJoin(topics, eq(topics.id, documentTopics.topicId))
    .where(inArray(documentTopics.documentId, documentIds))
    .orderBy(asc(topics.position));
}

/** A thread's topics as one column of a thread query (no second round trip for a list). */
export const threadTopicsColumn = sql<{ slug: string; de: string; en: string; fr: string }[]>`coalesce((
  select json_agg(json_build_object('slug', ${topics.slug}, 'de', ${topics.nameDe}, 'en', ${topics.nameEn}, 'fr', ${topics.nameFr}) order by ${topics.position}, ${topics.id})
  from ${threadTopics} join ${topics} on ${topics.id} = ${threadTopics.topicId}
  where ${threadTopics.threadId} = ${threads.id}), '[]'::json)`;

/** Conditions "carries the topic" on threads and documents, the topic named by slug (an unknown one matches nothing). */
const topicIdOf = (slug: string) => sql`(select ${topics.id} from ${topics} where ${topics.slug} = ${slug})`;
export const threadHasTopic = (slug: string) =>
  sql`exists (select 1 from ${threadTopics} where ${threadTopics.threadId} = ${threads.id} and ${threadTopics.topicId} = ${topicIdOf(slug)})`;
export const documentHasTopic = (slug: string) =>
  sql`exists (select 1 from ${documentTopics} where ${documentTopics.documentId} = ${documents.id} and ${documentTopics.topicId} = ${topicIdOf(slug)})`;
