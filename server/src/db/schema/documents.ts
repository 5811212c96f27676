import { sql } from 'drizzle-orm';
import { bigint, index, integer, pgTable, primaryKey, smallint, text, timestamp } from 'drizzle-orm/pg-core';
import { cities } from './cities.ts';
import { posts } from './forum.ts';
import { groups } from './groups.ts';
import { languageVector, tsvector } from './search-columns.ts';
import { users } from './users.ts';

/** One stored file per distinct content, named by its SHA-256 under DATA_DIR/files. */
export const files = pgTable(
  'files',
  {
    sha256: text().primaryKey(),
    size: bigint({ mode: 'number' }).notNull(),
    mime: text().notNull(),
    /** 'pending' until the background job has extracted its text; 'none' for types without text */
    extractionStatus: text().notNull().default('pending'),
    extractionAttempts: smallint().notNull().default(0),
    extractionError: text(),
    /** the earliest time the job may (re)try; a claimed job pushes it ahead as its lease */
    extractAfter: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    extractedText: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('files_extraction_queue_idx').on(t.extractAfter).where(sql`${t.extractionStatus} = 'pending'`)],
);

export const documents = pgTable(
  'documents',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    ownerId: integer()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    description: text().notNull().default(''),
    type: text().notNull(),
    cityId: integer().references(() => cities.id),
    year: smallint(),
    language: text().notNull(),
    /** 'members' | 'public' | 'group' */
    visibility: text().notNull().default('members'),
    /** the working group whose members read it when visibility is 'group' */
    groupId: integer().references(() => groups.id),
    currentVersion: integer().notNull().default(1),
    downloadCount: integer().notNull().default(0),
    /** the latest version's extracted text, copied here so one row carries the whole search vector */
    contentText: text(),
    searchVector: tsvector().generatedAlwaysAs(
      sql`${languageVector('title', 'A')} || ${languageVector('description', 'B')} || ${languageVector('content_text', 'C')}`,
    ),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    deletedAt: timestamp({ withTimezone: true, precision: 3 }),
    /** marked as a practice example ("Praxisbeispiel") by a moderator, with a short summary */
    practiceAt: timestamp({ withTimezone: true, precision: 3 }),
    practiceBy: integer().references(() => users.id),
    practiceSummary: text(),
    deletedBy: integer().references(() => users.id),
  },
  (t) => [
    index('documents_newest_idx').on(t.createdAt.desc(), t.id.desc()).where(sql`${t.deletedAt} is null`),
    index('documents_downloads_idx').on(t.downloadCount.desc(), t.id.desc()).where(sql`${t.deletedAt} is null`),
    index('documents_owner_idx').on(t.ownerId),
    index('documents_search_idx').using('gin', t.searchVector),
    index('documents_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const documentVersions = pgTable(
  'document_versions',
  {
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    n: integer().notNull(),
    sha256: text()
      .notNull()
      .references(() => files.sha256),
    /** the uploader's name, neutralised; for display and Content-Disposition only, never a path */
    filename: text().notNull(),
    uploadedBy: integer()
      .notNull()
      .references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.n] }), index('document_versions_sha_idx').on(t.sha256)],
);

export const postAttachments = pgTable(
  'post_attachments',
  {
    postId: integer()
      .notNull()
      .references(() => posts.id),
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    position: smallint().notNull().default(0),
  },
  (t) => [primaryKey({ columns: [t.postId, t.documentId] }), index('post_attachments_document_idx').on(t.documentId)],
);
