import { sql } from 'drizzle-orm';
import { index, integer, jsonb, pgTable, smallint, text, timestamp, uniqueIndex } from 'drizzle-orm/pg-core';

/**
 * Work to do after a commit (e.g. telling a thread's watchers of a reply), written in the same
 * transaction as its cause, so a crash between commit and work loses nothing. Any node takes a
 * due job with FOR UPDATE SKIP LOCKED and holds it for a lease; a finished job is deleted, one
 * that failed too often stays with its error.
 */
export const jobs = pgTable(
  'jobs',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    kind: text().notNull(),
    payload: jsonb().notNull(),
    /** lower runs first: a burst of mails (1) does not hold up telling people in the app (0) */
    priority: smallint().notNull().default(0),
    runAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    attempts: integer().notNull().default(0),
    lockedUntil: timestamp({ withTimezone: true, precision: 3 }),
    lastError: text(),
    failedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [
    index('jobs_due_idx').on(t.priority, t.runAt, t.id).where(sql`${t.failedAt} is null`),
    /** a job that reschedules itself (the hourly digest run) exists once, however many nodes start */
    uniqueIndex('jobs_recurring_idx').on(t.kind).where(sql`${t.kind} like 'every:%' and ${t.failedAt} is null`),
  ],
);
