import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { documents } from './documents.ts';
import { posts } from './forum.ts';
import { groups } from './groups.ts';
import { users } from './users.ts';

export interface MailAttachment {
  filename: string;
  contentType: string;
  content: string;
}

/**
 * Every mail the platform writes, in the recipient's language: the outbox admins read, and the
 * send queue (a `mail:send` job per queued mail). Without SMTP_URL mails are only kept here.
 */
export const mails = pgTable(
  'mails',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    toAddress: text().notNull(),
    userId: integer().references(() => users.id, { onDelete: 'set null' }),
    kind: text().notNull(),
    locale: text({ enum: ['de', 'en', 'fr'] }).notNull(),
    subject: text().notNull(),
    text: text().notNull(),
    html: text().notNull(),
    /** extra headers (List-Unsubscribe …) */
    headers: jsonb().$type<Record<string, string>>().notNull().default({}),
    /** small text files sent along (a session's calendar entry) */
    attachments: jsonb().$type<MailAttachment[]>().notNull().default([]),
    /** a mail about a post is not sent once the recipient can no longer read it */
    postId: integer().references(() => posts.id, { onDelete: 'set null' }),
    /** a mail about a group's content (a session, a document) is not sent once the recipient can no longer read the group */
    groupId: integer().references(() => groups.id, { onDelete: 'set null' }),
    /** a mail about a document is not sent once the document is deleted */
    documentId: integer().references(() => documents.id, { onDelete: 'set null' }),
    status: text({ enum: ['queued', 'sent', 'failed', 'kept', 'dropped'] }).notNull(),
    attempts: integer().notNull().default(0),
    lastError: text(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    sentAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [index('mails_created_idx').on(t.createdAt.desc(), t.id.desc()), index('mails_user_idx').on(t.userId)],
);

/** A member's choice per kind and channel; no row means the kind's default. */
export const notificationSettings = pgTable(
  'notification_settings',
  {
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    kind: text().notNull(),
    channel: text({ enum: ['app', 'email'] }).notNull(),
    /** app: on | off; email: immediate | off */
    mode: text().notNull(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().default(sql`now()`),
  },
  (t) => [primaryKey({ columns: [t.userId, t.kind, t.channel] })],
);
