import { sql } from 'drizzle-orm';
import { boolean, index, integer, pgTable, primaryKey, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';
import { NOTIFICATION_KINDS } from '@praxisnetz/shared';
import { documents } from './documents.ts';
import { posts, threads } from './forum.ts';
import { groups } from './groups.ts';
import { liveSessions } from './live.ts';
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
 * One entry in a member's notifications. Posts (reply, mention, quote) name their thread and
 * post; unread entries of the same kind and thread collapse into one (the unique index below),
 * counting the posts since the member last looked. Other kinds name what they are about: a
 * working group, a live session, a document, an account.
 */
export const notifications = pgTable(
  'notifications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text({ enum: NOTIFICATION_KINDS }).notNull(),
    threadId: integer().references(() => threads.id, { onDelete: 'cascade' }),
    /** the first post of the entry: its link leads there */
    postId: integer().references(() => posts.id, { onDelete: 'cascade' }),
    groupId: integer().references(() => groups.id, { onDelete: 'cascade' }),
    sessionId: integer().references(() => liveSessions.id, { onDelete: 'cascade' }),
    documentId: integer().references(() => documents.id, { onDelete: 'cascade' }),
    /** the account an entry is about (a registration awaiting approval) */
    subjectId: integer().references(() => users.id, { onDelete: 'cascade' }),
    /** who did it (wrote the latest post, invited, approved); none for reminders */
    actorId: integer().references(() => users.id, { onDelete: 'cascade' }),
    count: integer().notNull().default(1),
    /** for a member who only tracks the thread: listed with its count, but not in the bell and never mailed */
    quiet: boolean().notNull().default(false),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    uniqueIndex('notifications_unread_thread_idx').on(t.userId, t.kind, t.threadId).where(sql`${t.readAt} is null`),
    index('notifications_user_idx').on(t.userId, t.updatedAt.desc(), t.id.desc()),
  ],
);
