import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { documents } from './documents.ts';
import { threads } from './forum.ts';

/**
 * The network's controlled vocabulary of prevention topics, managed by administrators in three
 * languages. Threads and documents carry topics across the forum's categories and groups.
 */
export const topics = pgTable('topics', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  nameDe: text().notNull(),
  nameEn: text().notNull(),
  nameFr: text().notNull(),
  position: integer().notNull().default(0),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

export const threadTopics = pgTable(
  'thread_topics',
  {
    threadId: integer()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.threadId, t.topicId] }), index('thread_topics_topic_idx').on(t.topicId)],
);

export const documentTopics = pgTable(
  'document_topics',
  {
    documentId: integer()
      .notNull()
      .references(() => documents.id),
    topicId: integer()
      .notNull()
      .references(() => topics.id, { onDelete: 'cascade' }),
  },
  (t) => [primaryKey({ columns: [t.documentId, t.topicId] }), index('document_topics_topic_idx').on(t.topicId)],
);
