import { type BarrierReport, BarrierReportInput, type Locale, PrivacyAcceptInput, type PrivacyNoticeState, type SitePage, SitePageInput, SitePageSlug, type SitePageVersion } from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { NotFound, ValidationError } from '../../lib/errors.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, isAdmin, isMember, requireAdmin, requireSignedIn } from '../../policy/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { defaultPages } from './default-pages.ts';
import { activeAdminIds, updateUser } from '../users/index.ts';
import { insertBarrierReport, insertPageVersion, listBarrierReports, listPageVersions, newestPage, privacyNoticeVersion } from './site.repo.ts';

const slugOf = (slug: string): SitePageSlug => {
  const parsed = SitePageSlug.safeParse(slug);
  if (!parsed.success) throw NotFound('Page');
  return parsed.data;
};

const EXCERPT = 80;
const REPORTS_MAX = 200;

const toReport = (r: { id: number; pageUrl: string; description: string; contact: string; createdAt: Date }): BarrierReport => ({
  id: r.id,
  pageUrl: r.pageUrl,
  description: r.description,
  contact: r.contact,
  createdAt: r.createdAt.toISOString(),
});

/**
 * The network office's pages (Impressum, privacy notice, accessibility statement, about): public,
 * edited by administrators as Markdown per language, every save a version; German stands in for a
 * language without its own text, the built-in text for a page never edited. And the barrier reports
 * of the accessibility statement, kept and told to the administrators.
 */
export function createSiteService(deps: { db: Db; notifications: Pick<NotificationsService, 'tell' | 'told'> }) {
  const { db, notifications } = deps;

  return {
    async get(actor: Actor, slug: string, locale: Locale): Promise<SitePage> {
      const page = slugOf(slug);
      const permissions = { canEdit: isAdmin(actor) };
      const row = (await newestPage(db, page, locale)) ?? (locale === 'de' ? undefined : await newestPage(db, page, 'de'));
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
      await db.transaction((tx) =>
        insertPageVersion(tx, { slug: page, locale: data.locale, title: data.title, body: data.body, bodyHtml: renderMarkdown(data.body), authorId: admin.id }),
      );
      return this.get(actor, page, data.locale);
    },

    async versions(actor: Actor, slug: string): Promise<SitePageVersion[]> {
      requireAdmin(actor);
      const rows = await listPageVersions(db, slugOf(slug));
      return rows.map((r) => ({ ...r, createdAt: r.createdAt.toISOString() }));
    },

    /** For the signed-in: an account older than the record counts as having accepted the built-in text (version 0). */
    async privacyNotice(actor: Actor): Promise<PrivacyNoticeState> {
      const user = requireSignedIn(actor);
      const version = await privacyNoticeVersion(db);
      return { version, accepted: user.privacyVersion, changed: version > (user.privacyVersion ?? 0) };
    },

    /** The reader has read the notice's current version. */
    async acceptPrivacy(actor: Actor, input: unknown): Promise<PrivacyNoticeState> {
      const user = requireSignedIn(actor);
      const { version } = parseInput(PrivacyAcceptInput, input);
      if (version !== (await privacyNoticeVersion(db))) throw ValidationError({ version: 'The privacy notice has changed since; read its current version.' });
      await updateUser(db, user.id, { privacyVersion: version, privacyAcceptedAt: new Date() });
      return { version, accepted: version, changed: false };
    },

    /** Anyone may report a barrier (the write limit per account or address applies); the administrators are told. */
    async report(actor: Actor, input: unknown): Promise<BarrierReport> {
      const data = parseInput(BarrierReportInput, input);
      const reporterId = isMember(actor) ? actor.id : null;
      const { report, told } = await db.transaction(async (tx) => {
        const row = await insertBarrierReport(tx, { ...data, reporterId });
        const admins = await activeAdminIds(tx);
        const title = data.description.length > EXCERPT ? `${data.description.slice(0, EXCERPT)}…` : data.description;
        const ids = await notifications.tell(tx, 'barrier_report', admins, { actorId: reporterId }, { title, path: '/admin/barriers' });
        return { report: row, told: ids };
      });
      await notifications.told(told);
      return toReport(report);
    },

    async reports(actor: Actor): Promise<BarrierReport[]> {
      requireAdmin(actor);
      return (await listBarrierReports(db, REPORTS_MAX)).map(toReport);
    },
  };
}
export type SiteService = ReturnType<typeof createSiteService>;
