import { z } from 'zod';
import { Locale } from './common.ts';
import { line, markdown, text } from './text.ts';

/** The network office's editable pages: the legal ones a German public body must have, and "about". */
export const SITE_PAGES = ['about', 'membership', 'impressum', 'datenschutz', 'barrierefreiheit'] as const;
export const SitePageSlug = z.enum(SITE_PAGES);
export type SitePageSlug = z.infer<typeof SitePageSlug>;

/** Other names people type for the legal pages (English, French), leading to the German addresses. */
export const SITE_PAGE_ALIASES = {
  imprint: 'impressum',
  'legal-notice': 'impressum',
  'mentions-legales': 'impressum',
  privacy: 'datenschutz',
  'data-protection': 'datenschutz',
  'protection-des-donnees': 'datenschutz',
  accessibility: 'barrierefreiheit',
  accessibilite: 'barrierefreiheit',
} as const satisfies Record<string, SitePageSlug>;
export const SitePageAlias = z.enum(Object.keys(SITE_PAGE_ALIASES) as [keyof typeof SITE_PAGE_ALIASES]);
export type SitePageAlias = z.infer<typeof SitePageAlias>;

export const SitePage = z.object({
  slug: SitePageSlug,
  /** the language shown: the one asked for, or German when that has no text yet */
  locale: Locale,
  title: z.string(),
  body: z.string(),
  bodyHtml: z.string(),
  /** 0: the built-in text, never edited */
  version: z.number().int(),
  updatedAt: z.string().nullable(),
  permissions: z.object({ canEdit: z.boolean() }),
});
export type SitePage = z.infer<typeof SitePage>;

export const SitePageInput = z.object({
  locale: Locale,
  title: line().trim().min(2).max(120),
  body: markdown().trim().min(1).max(50_000),
});
export type SitePageInput = z.infer<typeof SitePageInput>;

export const SitePageVersion = z.object({ locale: Locale, version: z.number().int(), title: z.string(), author: z.string().nullable(), createdAt: z.string() });
export type SitePageVersion = z.infer<typeof SitePageVersion>;

/**
 * The privacy notice as it concerns the reader: its version (the German text's, which is binding),
 * the one they accepted, and whether it changed since (then it is shown to them again).
 */
export const PrivacyNoticeState = z.object({ version: z.number().int(), accepted: z.number().int().nullable(), changed: z.boolean() });
export type PrivacyNoticeState = z.infer<typeof PrivacyNoticeState>;

export const PrivacyAcceptInput = z.object({ version: z.coerce.number().int().min(0) });
export type PrivacyAcceptInput = z.infer<typeof PrivacyAcceptInput>;

/** A barrier report (BITV 2.0 feedback): what and where; a contact only if the reporter wants an answer. */
export const BarrierReportInput = z.object({
  pageUrl: line().trim().max(500).default(''),
  description: text().trim().min(10).max(4000),
  contact: line().trim().max(254).default(''),
});
export type BarrierReportInput = z.infer<typeof BarrierReportInput>;

export const BarrierReport = z.object({ id: z.number().int(), pageUrl: z.string(), description: z.string(), contact: z.string(), createdAt: z.string() });
export type BarrierReport = z.infer<typeof BarrierReport>;
