import { sql } from 'drizzle-orm';
import { index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { posts, threads } from './forum.ts';
import { users } from './users.ts';

/** A member's level for a thread, a category or a group; no row means 'normal'. */
export const watches = pgTable(
  'watches',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    target: text({ enum: ['thread', 'category', 'group'] }).notNull(),
    targetId: integer().notNull(),
    level: text({ enum: ['watching', 'tracking', 'normal', 'muted'] }).notNull(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.userId, t.target, t.targetId] }), index('watches_target_idx').on(t.target, t.targetId)],
);

/**
 * One entry in a member's notifications. Unread entries of the same kind and thread collapse
 * into one (the unique index below), counting the replies since the member last looked.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text({ enum: ['reply'] }).notNull(),
    threadId: integer()
      .notNull()
      .references(() => threads.id, { onDelete: 'cascade' }),
    /** the first post of the entry: its link leads there */
    postId: integer()
      .notNull()
      .references(() => posts.id, { onDelete: 'cascade' }),
    /** who wrote the latest post of the entry */
    actorId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    count: integer().notNull().default(1),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('notifications_unread_thread_idx').on(t.userId, t.kind, t.threadId).where(sql`${t.readAt} is null`),
    index('notifications_user_idx').on(t.userId, t.updatedAt.desc(), t.id.desc()),
  ],
);
