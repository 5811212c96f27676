import type { Locale } from '@praxisnetz/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { barrierReports, sitePages, users } from '../../db/schema/index.ts';

/** A page's newest version in one language. */
export async function newestPage(db: Executor, slug: string, locale: Locale) {
  const rows = await db
    .select()
    .from(sitePages)
    .where(and(eq(sitePages.slug, slug), eq(sitePages.locale, locale)))
    .orderBy(desc(sitePages.version))
    .limit(1);
  return rows[0];
}

/** The privacy notice's version: its German text's (German is binding; 0 while the built-in text stands). */
export async function privacyNoticeVersion(db: Executor): Promise<number> {
  return (await newestPage(db, 'datenschutz', 'de'))?.version ?? 0;
}

/** The page's next version in that language (call within the transaction that inserts it). */
export async function insertPageVersion(db: Executor, row: Omit<typeof sitePages.$inferInsert, 'version'>): Promise<void> {
  const [last] = await db
    .select({ version: sql<number>`coalesce(max(${sitePages.version}), 0)::int` })
    .from(sitePages)
    .where(and(eq(sitePages.slug, row.slug), eq(sitePages.locale, row.locale)));
  await db.insert(sitePages).values({ ...row, version: last!.version + 1 });
}

export async function listPageVersions(db: Executor, slug: string) {
  return db
    .select({ locale: sitePages.locale, version: sitePages.version, title: sitePages.title, author: users.displayName, createdAt: sitePages.createdAt })
    .from(sitePages)
    .leftJoin(users, eq(users.id, sitePages.authorId))
    .where(eq(sitePages.slug, slug))
    .orderBy(desc(sitePages.createdAt));
}

export async function insertBarrierReport(db: Executor, row: typeof barrierReports.$inferInsert) {
  const [report] = await db.insert(barrierReports).values(row).returning();
  return report!;
}

export async function listBarrierReports(db: Executor, limit: number) {
  return db.select().from(barrierReports).orderBy(desc(barrierReports.createdAt)).limit(limit);
}
