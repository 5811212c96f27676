import { sql } from 'drizzle-orm';
import { bigint, boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { languageVector, tsvector } from './search-columns.ts';
import { groups } from './groups.ts';
import { users } from './users.ts';

export const categories = pgTable('categories', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  nameDe: text().notNull(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
  descriptionDe: text().notNull().default(''),
  descriptionEn: text().notNull().default(''),
  descriptionFr: text().notNull().default(''),
  position: integer().notNull().default(0),
  /** set for a working group's own category: its private threads, read by its members only */
  groupId: integer()
    .unique()
    .references(() => groups.id),
});

export const threads = pgTable(
  'threads',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    categoryId: integer()
      .notNull()
      .references(() => categories.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    title: text().notNull(),
    slug: text().notNull(),
    /** the opening post's language: the title is indexed with it */
    language: text().notNull().default('de'),
    searchVector: tsvector().generatedAlwaysAs(languageVector('title', 'A')),
    replyCount: integer().notNull().default(0),
    /** grows with every post created, edited or deleted in the thread, in commit order (the row is locked) */
    seq: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    lastActivityAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    /** locked: no new replies but by the thread's moderators; the reason shows in a banner */
    lockedAt: timestamp({ withTimezone: true, precision: 3 }),
    lockedBy: integer().references(() => users.id),
    lockReason: text(),
    /** closed as resolved: the question is answered (a lock with this mark) */
    resolvedAt: timestamp({ withTimezone: true, precision: 3 }),
    /** pinned to the top of its category, or of every list ('global'), until `pinnedUntil` if set */
    pinScope: text({ enum: ['category', 'global'] }),
    pinnedUntil: timestamp({ withTimezone: true, precision: 3 }),
    /** hidden by moderators (or by flags, pending review): missing to readers, shown to its author and moderators */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenBy: integer().references(() => users.id),
    hiddenReason: text(),
    /** merged into another thread: its posts are there now, and its address leads there */
    mergedIntoId: integer(),
    /** marked as a practice example ("Praxisbeispiel") by a moderator, with a short summary */
    practiceAt: timestamp({ withTimezone: true, precision: 3 }),
    practiceBy: integer().references(() => users.id),
    practiceSummary: text(),
    /** a question expects an answer that can be accepted; a discussion does not */
    kind: text({ enum: ['discussion', 'question'] }).notNull().default('discussion'),
    /** the reply the asker, a moderator or a lead of the group accepted as the answer */
    acceptedPostId: integer(),
    acceptedAt: timestamp({ withTimezone: true, precision: 3 }),
    acceptedBy: integer().references(() => users.id),
  },
  (t) => [
    index('threads_open_questions_idx').on(t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst()).where(sql`${t.kind} = 'question' and ${t.acceptedPostId} is null`),
    index('threads_pinned_idx').on(t.pinScope).where(sql`${t.pinScope} is not null`),
    index('threads_category_activity_idx').on(t.categoryId, t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    // DESC is NULLS FIRST in PostgreSQL: the lists' `order by … desc` can walk these only so.
    /** the newest activity across the forum: a member's home */
    index('threads_activity_idx').on(t.lastActivityAt.desc().nullsFirst(), t.id.desc().nullsFirst()),
    index('threads_search_idx').using('gin', t.searchVector),
    index('threads_title_trgm_idx').using('gin', sql`${t.title} gin_trgm_ops`),
  ],
);

export const posts = pgTable(
  'posts',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    threadId: integer()
      .notNull()
      .references(() => threads.id),
    authorId: integer()
      .notNull()
      .references(() => users.id),
    isOpening: boolean().notNull().default(false),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    /** detected from the body when written; the body is indexed with it */
    language: text().notNull().default('de'),
    searchVector: tsvector().generatedAlwaysAs(languageVector('body')),
    version: integer().notNull().default(1),
    /** the thread's seq at this post's last change: a reconnecting reader asks for the changes after its newest */
    seq: bigint({ mode: 'number' }).notNull().default(0),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    editedAt: timestamp({ withTimezone: true, precision: 3 }),
    editedBy: integer().references(() => users.id),
    deletedAt: timestamp({ withTimezone: true, precision: 3 }),
    deletedBy: integer().references(() => users.id),
    /** hidden by a moderator: readers see a placeholder, the author and moderators the text and the reason */
    hiddenAt: timestamp({ withTimezone: true, precision: 3 }),
    hiddenBy: integer().references(() => users.id),
    hiddenReason: text(),
    /** how many members marked the reply helpful (post_helpful holds who) */
    helpfulCount: integer().notNull().default(0),
  },
  (t) => [
    index('posts_thread_idx').on(t.threadId, t.id),
    index('posts_thread_seq_idx').on(t.threadId, t.seq),
    index('posts_search_idx').using('gin', t.searchVector),
  ],
);

/** Earlier versions of a post, written when an edit replaces them. */
export const postRevisions = pgTable(
  'post_revisions',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    postId: integer()
      .notNull()
      .references(() => posts.id),
    body: text().notNull(),
    bodyHtml: text().notNull(),
    editorId: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
  },
  (t) => [index('post_revisions_post_idx').on(t.postId)],
);
