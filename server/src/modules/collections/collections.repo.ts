import { and, asc, count, desc, eq, inArray, max, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { categories, collectionEntries, collections, documents, groups, threads, topics } from '../../db/schema/index.ts';

export type CollectionRow = typeof collections.$inferSelect;
export type EntryRow = typeof collectionEntries.$inferSelect;

/** What a reader may open, given the forum's and the library's rules as conditions on `threads` and `documents`. */
export interface Readable {
  threads: SQL;
  documents: SQL;
}

const readableEntrySql = (readable: Readable) =>
  sql`((${threads.id} is not null and ${readable.threads}) or (${documents.id} is not null and ${readable.documents}))`;

/** Collections with their topic, most recently changed first; `topicId` narrows to one topic. */
export async function listCollections(db: Executor, topicId?: number) {
  return db
    .select({ collection: collections, topic: topics })
    .from(collections)
    .leftJoin(topics, eq(topics.id, collections.topicId))
    .where(topicId === undefined ? undefined : eq(collections.topicId, topicId))
    .orderBy(desc(collections.updatedAt), asc(collections.id));
}

export async function findCollectionBySlug(db: Executor, slug: string) {
  const [row] = await db.select({ collection: collections, topic: topics }).from(collections).leftJoin(topics, eq(topics.id, collections.topicId)).where(eq(collections.slug, slug));
  return row;
}

export async function isCollectionSlugFree(db: Executor, slug: string): Promise<boolean> {
  const [row] = await db.select({ id: collections.id }).from(collections).where(eq(collections.slug, slug));
  return !row;
}

export async function insertCollection(db: Executor, row: typeof collections.$inferInsert): Promise<CollectionRow> {
  const [created] = await db.insert(collections).values(row).returning();
  return created!;
}

export async function updateCollection(db: Executor, id: number, patch: Partial<CollectionRow>): Promise<void> {
  await db.update(collections).set({ ...patch, updatedAt: new Date() }).where(eq(collections.id, id));
}

export async function deleteCollection(db: Executor, id: number): Promise<void> {
  await db.delete(collections).where(eq(collections.id, id));
}

/** How many entries of each collection the reader may open. */
export async function countReadableEntries(db: Executor, collectionIds: number[], readable: Readable): Promise<Map<number, number>> {
  if (collectionIds.length === 0) return new Map();
  const rows = await db
    .select({ collectionId: collectionEntries.collectionId, n: count() })
    .from(collectionEntries)
    .leftJoin(threads, eq(threads.id, collectionEntries.threadId))
    .leftJoin(documents, eq(documents.id, collectionEntries.documentId))
    .where(and(inArray(collectionEntries.collectionId, collectionIds), readableEntrySql(readable)))
    .groupBy(collectionEntries.collectionId);
  return new Map(rows.map((r) => [r.collectionId, r.n]));
}

/** A collection's entries the reader may open, in order, with what they point at. */
export async function readableEntries(db: Executor, collectionId: number, readable: Readable) {
  return db
    .select({
      entry: collectionEntries,
      threadTitle: threads.title,
      threadPractice: sql<boolean>`${threads.practiceAt} is not null`,
      documentTitle: documents.title,
      documentPractice: sql<boolean>`${documents.practiceAt} is not null`,
      groupId: groups.id,
      groupName: groups.name,
    })
    .from(collectionEntries)
    .leftJoin(threads, eq(threads.id, collectionEntries.threadId))
    .leftJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(documents, eq(documents.id, collectionEntries.documentId))
    .leftJoin(groups, eq(groups.id, sql`coalesce(${categories.groupId}, ${documents.groupId})`))
    .where(and(eq(collectionEntries.collectionId, collectionId), readableEntrySql(readable)))
    .orderBy(asc(collectionEntries.position), asc(collectionEntries.id));
}

/** Every entry of a collection in order, readable or not (for placing and counting). */
export async function entryOrder(db: Executor, collectionId: number): Promise<EntryRow[]> {
  return db.select().from(collectionEntries).where(eq(collectionEntries.collectionId, collectionId)).orderBy(asc(collectionEntries.position), asc(collectionEntries.id));
}

export async function lastPosition(db: Executor, collectionId: number): Promise<number> {
  const [row] = await db.select({ p: max(collectionEntries.position) }).from(collectionEntries).where(eq(collectionEntries.collectionId, collectionId));
  return row?.p ?? -1;
}

/** undefined when the item is in the collection already */
export async function insertEntry(db: Executor, row: typeof collectionEntries.$inferInsert): Promise<EntryRow | undefined> {
  const [created] = await db.insert(collectionEntries).values(row).onConflictDoNothing().returning();
  return created;
}

export async function updateEntry(db: Executor, id: number, patch: Partial<Pick<EntryRow, 'note' | 'position'>>): Promise<void> {
  await db.update(collectionEntries).set(patch).where(eq(collectionEntries.id, id));
}

export async function deleteEntry(db: Executor, id: number): Promise<void> {
  await db.delete(collectionEntries).where(eq(collectionEntries.id, id));
}

/** Whether the actor may open the thread or document (`readable` as for the entries). */
export async function isReadableTarget(db: Executor, type: 'thread' | 'document', id: number, readable: Readable): Promise<boolean> {
  const [row] =
    type === 'thread'
      ? await db.select({ id: threads.id }).from(threads).where(and(eq(threads.id, id), readable.threads))
      : await db.select({ id: documents.id }).from(documents).where(and(eq(documents.id, id), readable.documents));
  return Boolean(row);
}
