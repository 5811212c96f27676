import { char, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const cities = pgTable('cities', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  state: text().notNull(),
  country: char({ length: 2 }).notNull(),
  /** the city's coordinator: a member of the city who approves its applicants */
  coordinatorId: integer(),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
