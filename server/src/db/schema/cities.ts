import { char, doublePrecision, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';

export const cities = pgTable('cities', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  state: text().notNull(),
  country: char({ length: 2 }).notNull(),
  /** the city's coordinator: a member of the city who approves its applicants */
  coordinatorId: integer(),
  /** the public profile: the city's prevention council (or office), how to reach it, its web page */
  council: text().notNull().default(''),
  contact: text().notNull().default(''),
  website: text().notNull().default(''),
  /** where the city lies (WGS 84), for the map of member cities; none: only in the list */
  latitude: doublePrecision(),
  longitude: doublePrecision(),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});
