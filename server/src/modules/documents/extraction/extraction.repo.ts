import { and, asc, eq, lte, sql } from 'drizzle-orm';
import type { Db, Executor } from '../../../db/client.ts';
import { preparedQuery } from '../../../db/prepared.ts';
import { documents, documentVersions, files } from '../../../db/schema/index.ts';

export interface ClaimedFile {
  sha256: string;
  mime: string;
  /** this claim included */
  attempts: number;
}

/**
 * Takes the oldest due file and pushes its extract_after ahead by the lease in one statement.
 * SKIP LOCKED lets several nodes claim side by side; an expired lease (a node died mid-way) makes
 * the file due again. Every node polls this, so it is prepared once.
 */
const claimNext = preparedQuery((db) => {
  const due = db
    .select({ sha256: files.sha256 })
    .from(files)
    .where(and(eq(files.extractionStatus, 'pending'), lte(files.extractAfter, sql`now()`)))
    .orderBy(asc(files.extractAfter))
    .limit(1)
    .for('update', { skipLocked: true });
  return db
    .update(files)
    .set({
      extractAfter: sql`now() + make_interval(secs => ${sql.placeholder('leaseSeconds')})`,
      extractionAttempts: sql`${files.extractionAttempts} + 1`,
    })
    .where(eq(files.sha256, sql`(${due})`))
    .returning({ sha256: files.sha256, mime: files.mime, attempts: files.extractionAttempts })
    .prepare('claim_file_for_extraction');
});

export async function claimNextFile(db: Executor, leaseSeconds: number): Promise<ClaimedFile | undefined> {
  const [row] = await claimNext(db).execute({ leaseSeconds });
  return row;
}

/**
 * The text lands on the file and on every document whose current version is this file, together.
 * Files first: an upload that holds the file row locked while it adds a version makes this wait,
 * and the documents update then sees that version.
 */
export async function saveExtractedText(db: Db, sha256: string, text: string): Promise<void> {
  await db.transaction(async (tx) => {
    await tx
      .update(files)
      .set({ extractedText: text, extractionStatus: 'done', extractionError: null })
      .where(eq(files.sha256, sha256));
    await tx
      .update(documents)
      .set({ contentText: text })
      .from(documentVersions)
      .where(
        and(
          eq(documentVersions.documentId, documents.id),
          eq(documentVersions.n, documents.currentVersion),
          eq(documentVersions.sha256, sha256),
        ),
      );
  });
}

/** retryInSeconds null: no more attempts, the file is 'failed' (it and its documents stay). */
export async function recordExtractionFailure(
  db: Executor,
  sha256: string,
  error: string,
  retryInSeconds: number | null,
): Promise<void> {
  await db
    .update(files)
    .set(
      retryInSeconds === null
        ? { extractionStatus: 'failed', extractionError: error }
        : { extractionError: error, extractAfter: sql`now() + make_interval(secs => ${retryInSeconds})` },
    )
    .where(eq(files.sha256, sha256));
}

/** A file of a type without text that was queued anyway. */
export async function markWithoutText(db: Executor, sha256: string): Promise<void> {
  await db.update(files).set({ extractionStatus: 'none', extractionError: null }).where(eq(files.sha256, sha256));
}
