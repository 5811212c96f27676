import { and, desc, eq, isNotNull, type SQL } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { categories, documents, groups, threads } from '../../db/schema/index.ts';

const EXAMPLES_MAX = 200;

/** Threads marked as practice examples among those `readable` (a condition on `threads`) lets the reader see, newest mark first. */
export async function practiceThreads(db: Executor, readable: SQL) {
  return db
    .select({ id: threads.id, title: threads.title, summary: threads.practiceSummary, at: threads.practiceAt, groupId: groups.id, groupName: groups.name })
    .from(threads)
    .innerJoin(categories, eq(categories.id, threads.categoryId))
    .leftJoin(groups, eq(groups.id, categories.groupId))
    .where(and(isNotNull(threads.practiceAt), readable))
    .orderBy(desc(threads.practiceAt))
    .limit(EXAMPLES_MAX);
}

/** The same for documents (`readable`: a condition on `documents`). */
export async function practiceDocuments(db: Executor, readable: SQL) {
  return db
    .select({ id: documents.id, title: documents.title, summary: documents.practiceSummary, at: documents.practiceAt, groupId: groups.id, groupName: groups.name })
    .from(documents)
    .leftJoin(groups, eq(groups.id, documents.groupId))
    .where(and(isNotNull(documents.practiceAt), readable))
    .orderBy(desc(documents.practiceAt))
    .limit(EXAMPLES_MAX);
}
