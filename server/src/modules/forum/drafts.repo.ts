import { and, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { drafts } from '../../db/schema/index.ts';

export async function findDraft(db: Executor, userId: number, key: string) {
  const rows = await db.select().from(drafts).where(and(eq(drafts.userId, userId), eq(drafts.key, key)));
  return rows[0];
}

export async function saveDraft(db: Executor, userId: number, key: string, text: { body: string; title: string }) {
  const rows = await db
    .insert(drafts)
    .values({ userId, key, ...text })
    .onConflictDoUpdate({ target: [drafts.userId, drafts.key], set: { ...text, updatedAt: sql`now()` } })
    .returning();
  return rows[0]!;
}

/** A posted text's draft is done with. */
export async function deleteDraft(db: Executor, userId: number, key: string): Promise<void> {
  await db.delete(drafts).where(and(eq(drafts.userId, userId), eq(drafts.key, key)));
}
