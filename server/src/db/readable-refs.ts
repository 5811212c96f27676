import { and, inArray, type SQL } from 'drizzle-orm';
import type { Executor } from './client.ts';
import { audits, documents, threads } from './schema/index.ts';

type Ref = { id: number; title: string };

/**
 * The titles of linked threads, documents and audits (a project's or a practice example's links),
 * only those `readable` — the policy's condition for the reader on that table — lets the reader open.
 */
export async function readableRefs(db: Executor, table: 'threads' | 'documents' | 'audits', ids: number[], readable: SQL): Promise<Ref[]> {
  if (ids.length === 0) return [];
  const t = { threads, documents, audits }[table];
  return db.select({ id: t.id, title: t.title }).from(t).where(and(inArray(t.id, ids), readable));
}
