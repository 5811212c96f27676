import { and, desc, eq, lte, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { dataExports } from '../../db/schema/index.ts';

export type ExportRow = typeof dataExports.$inferSelect;

export async function insertExport(db: Executor, userId: number): Promise<ExportRow> {
  const [row] = await db.insert(dataExports).values({ userId }).returning();
  return row!;
}

export async function latestExport(db: Executor, userId: number): Promise<ExportRow | undefined> {
  const [row] = await db.select().from(dataExports).where(eq(dataExports.userId, userId)).orderBy(desc(dataExports.id)).limit(1);
  return row;
}

export async function finishExport(db: Executor, id: number, size: number, expiresAt: Date): Promise<void> {
  await db.update(dataExports).set({ status: 'ready', readyAt: sql`now()`, expiresAt, size }).where(eq(dataExports.id, id));
}

export async function markExportFailed(db: Executor, id: number): Promise<void> {
  await db.update(dataExports).set({ status: 'failed' }).where(eq(dataExports.id, id));
}

/** Exports past their days: their files go (the rows stay, so the person reads "expired"). */
export async function expiredExports(db: Executor): Promise<number[]> {
  const rows = await db
    .select({ id: dataExports.id })
    .from(dataExports)
    .where(and(eq(dataExports.status, 'ready'), lte(dataExports.expiresAt, sql`now()`)));
  return rows.map((r) => r.id);
}
