import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { posts, threads } from './forum.ts';
import { topics } from './topics.ts';
import { users } from './users.ts';

/** Who marked which reply helpful: one mark per member and reply. */
export const postHelpful = pgTable(
  'post_helpful',
  {
    postId: integer()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.postId, t.userId] })],
);

/** How far a member has read a thread: the newest post seen. Unread = posts after it (posts_thread_idx). */
export const threadReads = pgTable(
  'thread_reads',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    threadId: integer()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    lastReadPostId: integer().notNull(),
    readAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.threadId] })],
);

/** The topics a member knows about: shown on the profile, searched in the directory, used to route questions. */
export const userExpertise = pgTable(
  'user_expertise',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.userId, t.topicId] }), index('user_expertise_topic_idx').on(t.topicId)],
);

/** A question suggested to a member with the expertise; counted to spread suggestions fairly. */
export const questionSuggestions = pgTable(
  'question_suggestions',
  {
    threadId: integer()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.userId] }), index('question_suggestions_user_idx').on(t.userId, t.createdAt)],
);

/** A half-written text, kept per member and composer (`reply:<thread>`, `thread:new`, `edit:<post>`). */
export const drafts = pgTable(
  'drafts',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    key: text().notNull(),
    body: text().notNull(),
    /** a new thread's title, kept with its body */
    title: text().notNull().default(''),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.key] })],
);

/** A post a member keeps, with an optional note. */
export const bookmarks = pgTable(
  'bookmarks',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    postId: integer()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    note: text().notNull().default(''),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.postId] }), index('bookmarks_user_idx').on(t.userId, t.createdAt)],
);
