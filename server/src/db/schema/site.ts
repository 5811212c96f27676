import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/**
 * The network office's editable pages (Impressum, privacy notice, accessibility statement, about):
 * every save is a new version per page and language; the newest is shown, German when a language
 * has none.
 */
export const sitePages = pgTable(
  'site_pages',
  {
    slug: text().notNull(),
    locale: text({ enum: ['de', 'en', 'fr'] }).notNull(),
    version: integer().notNull(),
    title: text().notNull(),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.slug, t.locale, t.version] })],
);

/** A visitor's report of a barrier (BITV 2.0 feedback mechanism): kept for the office, which is told. */
export const barrierReports = pgTable(
  'barrier_reports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    /** the page the barrier is on, as the reporter gave it */
    pageUrl: text().notNull().default(''),
    description: text().notNull(),
    /** where the office may answer; optional */
    contact: text().notNull().default(''),
    reporterId: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('barrier_reports_created_idx').on(t.createdAt)],
);
