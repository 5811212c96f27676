import { index, integer, pgTable, text, timestamp, unique } from 'drizzle-orm/pg-core';
import { groups } from './groups.ts';
import { users } from './users.ts';

/**
 * Members' flags on posts, threads, documents and live questions: the review queue. A member flags
 * an item once; a review resolves every open flag on the item with one outcome.
 */
export const flags = pgTable(
  'flags',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    targetType: text({ enum: ['post', 'thread', 'document', 'question'] }).notNull(),
    targetId: integer().notNull(),
    reporterId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    reason: text({ enum: ['personal_data', 'off_topic', 'inappropriate', 'spam', 'outdated', 'other'] }).notNull(),
    note: text(),
    /** the group whose space holds the item (its leads review it); null for the open network */
    groupId: integer().references(() => groups.id, { onDelete: 'set null' }),
    /** the item's author, for their record */
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    status: text({ enum: ['open', 'resolved'] }).notNull().default('open'),
    outcome: text({ enum: ['keep', 'hide', 'delete'] }),
    resolutionNote: text(),
    resolvedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    resolvedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    unique('flags_once_idx').on(t.targetType, t.targetId, t.reporterId),
    index('flags_open_idx').on(t.status, t.createdAt),
    index('flags_reporter_idx').on(t.reporterId, t.createdAt),
  ],
);
