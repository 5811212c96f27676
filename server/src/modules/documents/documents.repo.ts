import { and, asc, desc, eq, getTableColumns, inArray, isNull, lt, or, sql, type SQL } from 'drizzle-orm';
import { alias } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import {
  categories,
  cities,
  documents,
  documentVersions,
  files,
  groups,
  postAttachments,
  posts,
  threads,
  users,
} from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';

export type DocumentRow = Omit<typeof documents.$inferSelect, 'searchVector' | 'contentText'>;
export type FileRow = typeof files.$inferSelect;

const documentCity = alias(cities, 'document_city');
const { searchVector: _vector, contentText: _text, ...documentColumns } = getTableColumns(documents);

/** A document with its owner, city and latest version: everything a list shows. */
function selectDocuments(db: Executor) {
  return db
    .select({
      document: documentColumns,
      ...authorColumns,
      citySlug: documentCity.slug,
      cityName: documentCity.name,
      filename: documentVersions.filename,
      sha256: files.sha256,
      size: files.size,
      mime: files.mime,
      extraction: files.extractionStatus,
      extractionProblem: files.extractionError,
      group: { id: groups.id, slug: groups.slug, name: groups.name },
    })
    .from(documents)
    .innerJoin(users, eq(users.id, documents.ownerId))
    .leftJoin(groups, eq(groups.id, documents.groupId))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .leftJoin(documentCity, eq(documentCity.id, documents.cityId))
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.n, documents.currentVersion)),
    )
    .innerJoin(files, eq(files.sha256, documentVersions.sha256));
}
export type DocumentListRow = Awaited<ReturnType<ReturnType<typeof selectDocuments>['execute']>>[number];

export async function findDocument(db: Executor, id: number): Promise<DocumentListRow | undefined> {
  const rows = await selectDocuments(db).where(eq(documents.id, id));
  return rows[0];
}

export type DocumentSortKey = { sort: 'newest'; at: string; id: number } | { sort: 'downloads'; n: number; id: number };

export async function listDocuments(
  db: Executor,
  where: SQL[],
  sort: 'newest' | 'downloads',
  after: DocumentSortKey | null,
  limit: number,
): Promise<DocumentListRow[]> {
  const conditions = [...where];
  if (after?.sort === 'newest') {
    const at = new Date(after.at);
    conditions.push(or(lt(documents.createdAt, at), and(eq(documents.createdAt, at), lt(documents.id, after.id)))!);
  } else if (after?.sort === 'downloads') {
    conditions.push(
      or(lt(documents.downloadCount, after.n), and(eq(documents.downloadCount, after.n), lt(documents.id, after.id)))!,
    );
  }
  const order = sort === 'newest' ? [desc(documents.createdAt), desc(documents.id)] : [desc(documents.downloadCount), desc(documents.id)];
  return selectDocuments(db)
    .where(and(...conditions))
    .orderBy(...order)
    .limit(limit);
}

export async function listVersions(db: Executor, documentId: number) {
  return db
    .select({ version: documentVersions, size: files.size, mime: files.mime, ...authorColumns })
    .from(documentVersions)
    .innerJoin(files, eq(files.sha256, documentVersions.sha256))
    .innerJoin(users, eq(users.id, documentVersions.uploadedBy))
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(eq(documentVersions.documentId, documentId))
    .orderBy(desc(documentVersions.n));
}

export async function findVersion(db: Executor, documentId: number, n: number) {
  const rows = await db
    .select({ filename: documentVersions.filename, sha256: files.sha256, size: files.size, mime: files.mime })
    .from(documentVersions)
    .innerJoin(files, eq(files.sha256, documentVersions.sha256))
    .where(and(eq(documentVersions.documentId, documentId), eq(documentVersions.n, n)));
  return rows[0];
}

/** Threads with a visible post that links the document, among those in `readableCategories`. */
export async function linkedThreads(db: Executor, documentId: number, readableCategories: SQL) {
  return db
    .selectDistinct({ id: threads.id, slug: threads.slug, title: threads.title })
    .from(postAttachments)
    .innerJoin(posts, eq(posts.id, postAttachments.postId))
    .innerJoin(threads, eq(threads.id, posts.threadId))
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .where(
      and(
        eq(postAttachments.documentId, documentId),
        isNull(posts.deletedAt),
        readableCategories,
      ),
    )
    .orderBy(asc(threads.id));
}

/**
 * Records the file once per content and tells whether its text is known already. The row is
 * read FOR SHARE, so an extraction finishing at the same moment waits for this upload's commit
 * (and then fills in its text) rather than missing the new document. A file whose extraction
 * failed is queued again: the new upload may come with a fixed extractor or a passing problem gone.
 */
export async function upsertFile(db: Executor, row: typeof files.$inferInsert): Promise<FileRow> {
  await db
    .insert(files)
    .values(row)
    .onConflictDoUpdate({
      target: files.sha256,
      set: { extractionStatus: 'pending', extractionAttempts: 0, extractionError: null, extractAfter: sql`now()` },
      setWhere: eq(files.extractionStatus, 'failed'),
    });
  const [file] = await db.select().from(files).where(eq(files.sha256, row.sha256)).for('share');
  return file!;
}

export async function isFileReferenced(db: Executor, sha256: string): Promise<boolean> {
  const rows = await db.select({ n: sql`1` }).from(documentVersions).where(eq(documentVersions.sha256, sha256)).limit(1);
  return rows.length > 0;
}

export async function insertDocument(db: Executor, row: typeof documents.$inferInsert): Promise<number> {
  const [created] = await db.insert(documents).values(row).returning({ id: documents.id });
  return created!.id;
}

export async function insertVersion(db: Executor, row: typeof documentVersions.$inferInsert): Promise<void> {
  await db.insert(documentVersions).values(row);
}


export async function updateDocument(db: Executor, id: number, patch: Partial<typeof documents.$inferInsert>): Promise<void> {
  await db
    .update(documents)
    .set({ ...patch, updatedAt: sql`now()` })
    .where(eq(documents.id, id));
}

/** Locks the document row, so two new versions at once get consecutive numbers. */
export async function lockDocument(db: Executor, id: number): Promise<DocumentRow | undefined> {
  const rows = await db.select(documentColumns).from(documents).where(eq(documents.id, id)).for('update');
  return rows[0];
}

export async function countDownload(db: Executor, id: number): Promise<void> {
  await db
    .update(documents)
    .set({ downloadCount: sql`${documents.downloadCount} + 1` })
    .where(eq(documents.id, id));
}

export async function attachmentsOf(db: Executor, postIds: number[], readable: SQL) {
  if (postIds.length === 0) return [];
  return db
    .select({
      postId: postAttachments.postId,
      id: documents.id,
      title: documents.title,
      filename: documentVersions.filename,
      size: files.size,
      mime: files.mime,
    })
    .from(postAttachments)
    .innerJoin(documents, eq(documents.id, postAttachments.documentId))
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.n, documents.currentVersion)),
    )
    .innerJoin(files, eq(files.sha256, documentVersions.sha256))
    .where(and(inArray(postAttachments.postId, postIds), readable))
    .orderBy(asc(postAttachments.postId), asc(postAttachments.position));
}

/** The owner's newest documents the actor (the owner) may still read, as a composer offers them to attach. */
export async function listAttachable(db: Executor, ownerId: number, readable: SQL, limit: number) {
  return db
    .select({ id: documents.id, title: documents.title, filename: documentVersions.filename, size: files.size, mime: files.mime })
    .from(documents)
    .innerJoin(
      documentVersions,
      and(eq(documentVersions.documentId, documents.id), eq(documentVersions.n, documents.currentVersion)),
    )
    .innerJoin(files, eq(files.sha256, documentVersions.sha256))
    .where(and(eq(documents.ownerId, ownerId), readable))
    .orderBy(desc(documents.createdAt), desc(documents.id))
    .limit(limit);
}

export async function setAttachments(db: Executor, postId: number, documentIds: number[]): Promise<void> {
  await db.delete(postAttachments).where(eq(postAttachments.postId, postId));
  if (documentIds.length) {
    await db.insert(postAttachments).values(documentIds.map((documentId, position) => ({ postId, documentId, position })));
  }
}

export async function findDocumentsForAttaching(db: Executor, ids: number[], readable: SQL) {
  if (ids.length === 0) return [];
  return db.select({ id: documents.id }).from(documents).where(and(inArray(documents.id, ids), readable));
}
