import { type BarrierReport, BarrierReportInput, type Locale, type SitePage, SitePageInput, SitePageSlug, type SitePageVersion } from '@praxisnetz/shared';
import { and, desc, eq, sql } from 'drizzle-orm';
import type { Db } from '../../db/client.ts';
import { barrierReports, sitePages, users } from '../../db/schema/index.ts';
import { NotFound } from '../../lib/errors.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, isAdmin, isMember, requireAdmin } from '../../policy/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserIds } from '../users/index.ts';
import { defaultPages } from './default-pages.ts';

const slugOf = (slug: string): SitePageSlug => {
  const parsed = SitePageSlug.safeParse(slug);
  if (!parsed.success) throw NotFound('Page');
  return parsed.data;
};

const EXCERPT = 80;

/**
 * The network office's pages (Impressum, privacy notice, accessibility statement, about): public,
 * edited by administrators as Markdown per language, every save a version; German stands in for a
 * language without its own text, the built-in text for a page never edited. And the barrier reports
 * of the accessibility statement, kept and told to the administrators.
 */
export function createSiteService(deps: { db: Db; notifications: Pick<NotificationsService, 'tell' | 'told'> }) {
  const { db, notifications } = deps;

  async function newest(slug: SitePageSlug, locale: Locale) {
    const rows = await db
      .select()
      .from(sitePages)
      .where(and(eq(sitePages.slug, slug), eq(sitePages.locale, locale)))
      .orderBy(desc(sitePages.version))
      .limit(1);
    return rows[0];
  }

  return {
    async get(actor: Actor, slug: string, locale: Locale): Promise<SitePage> {
      const page = slugOf(slug);
      const permissions = { canEdit: isAdmin(actor) };
      const row = (await newest(page, locale)) ?? (locale === 'de' ? undefined : await newest(page, 'de'));
      if (row) {
        return { slug: page, locale: row.locale, title: row.title, body: row.body, bodyHtml: row.bodyHtml, version: row.version, updatedAt: row.createdAt.toISOString(), permissions };
      }
      const fallback = defaultPages[page][locale] ? locale : 'de';
      const text = defaultPages[page][fallback] ?? defaultPages[page].de;
      return { slug: page, locale: fallback, ...text, bodyHtml: renderMarkdown(text.body), version: 0, updatedAt: null, permissions };
    },

    /** A new version of the page in one language. */
    async save(actor: Actor, slug: string, input: unknown): Promise<SitePage> {
      const admin = requireAdmin(actor);
      const page = slugOf(slug);
      const data = parseInput(SitePageInput, input);
      await db.transaction(async (tx) => {
        const [row] = await tx
          .select({ version: sql<number>`coalesce(max(${sitePages.version}), 0)::int` })
          .from(sitePages)
          .where(and(eq(sitePages.slug, page), eq(sitePages.locale, data.locale)));
        await tx.insert(sitePages).values({ slug: page, locale: data.locale, version: row!.version + 1, title: data.title, body: data.body, bodyHtml: renderMarkdown(data.body), authorId: admin.id });
      });
      return this.get(actor, page, data.locale);
    },

    async versions(actor: Actor, slug: string): Promise<SitePageVersion[]> {
      requireAdmin(actor);
      const rows = await db
        .select({ locale: sitePages.locale, version: sitePages.version, title: sitePages.title, author: users.displayName, createdAt: sitePages.createdAt })
        .from(sitePages)
        .leftJoin(users, eq(users.id, sitePages.authorId))
        .where(eq(sitePages.slug, slugOf(slug)))
        .orderBy(desc(sitePages.createdAt));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },

    /** Anyone may report a barrier (the write limit per account or address applies); the administrators are told. */
    async report(actor: Actor, input: unknown): Promise<BarrierReport> {
      const data = parseInput(BarrierReportInput, input);
      const reporterId = isMember(actor) ? actor.id : null;
      const { report, told } = await db.transaction(async (tx) => {
        const [row] = await tx.insert(barrierReports).values({ ...data, reporterId }).returning();
        const admins = await findUserIds(tx, sql`${users.role} = 'admin' and ${users.status} = 'active'`);
        const title = data.description.length > EXCERPT ? `${data.description.slice(0, EXCERPT)}…` : data.description;
        const ids = await notifications.tell(tx, 'barrier_report', admins, { actorId: reporterId }, { title, path: '/admin/barriers' });
        return { report: row!, told: ids };
      });
      await notifications.told(told);
      return { id: report.id, pageUrl: report.pageUrl, description: report.description, contact: report.contact, createdAt: report.createdAt.toISOString() };
    },

    async reports(actor: Actor): Promise<BarrierReport[]> {
      requireAdmin(actor);
      const rows = await db.select().from(barrierReports).orderBy(desc(barrierReports.createdAt)).limit(200);
      return rows.map((r) => ({ id: r.id, pageUrl: r.pageUrl, description: r.description, contact: r.contact, createdAt: r.createdAt.toISOString() }));
    },
  };
}
export type SiteService = ReturnType<typeof createSiteService>;
