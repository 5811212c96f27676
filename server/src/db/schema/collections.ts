import { sql } from 'drizzle-orm';
import { check, index, integer, pgTable, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { documents } from './documents.ts';
import { threads } from './forum.ts';
import { topics } from './topics.ts';
import { users } from './users.ts';

/** A curated, ordered list of threads and documents with an introduction, kept by moderators. */
export const collections = pgTable('collections', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  title: text().notNull(),
  intro: text().notNull().default(''),
  introHtml: text().notNull().default(''),
  language: text().notNull().default('de'),
  topicId: integer().references(() => topics.id, { onDelete: 'set null' }),
  createdBy: integer()
    .notNull()
    .references(() => users.id),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/** One thread or one document in a collection, at its place, with an optional note. */
export const collectionEntries = pgTable(
  'collection_entries',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    collectionId: integer()
      .notNull()
      .references(() => collections.id, { onDelete: 'cascade' }),
    position: integer().notNull(),
    threadId: integer().references(() => threads.id, { onDelete: 'cascade' }),
    documentId: integer().references(() => documents.id, { onDelete: 'cascade' }),
    note: text(),
    addedBy: integer()
      .notNull()
      .references(() => users.id),
    addedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    check('collection_entries_one_target', sql`(${t.threadId} is null) <> (${t.documentId} is null)`),
    uniqueIndex('collection_entries_thread_idx').on(t.collectionId, t.threadId),
    uniqueIndex('collection_entries_document_idx').on(t.collectionId, t.documentId),
    index('collection_entries_order_idx').on(t.collectionId, t.position),
  ],
);
