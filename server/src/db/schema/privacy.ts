import { bigint, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** A member's export of their data (GDPR art. 15 and 20): a ZIP prepared in the background, kept 7 days. */
export const dataExports = pgTable(
  'data_exports',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    status: text({ enum: ['pending', 'ready', 'failed'] }).notNull().default('pending'),
    requestedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    readyAt: timestamp({ withTimezone: true, precision: 3 }),
    /** the download ends then, and the file is deleted */
    expiresAt: timestamp({ withTimezone: true, precision: 3 }),
    size: bigint({ mode: 'number' }),
  },
  (t) => [index('data_exports_user_idx').on(t.userId, t.id)],
);
