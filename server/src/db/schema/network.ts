import { sql } from 'drizzle-orm';
import { date, index, integer, jsonb, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { cities } from './cities.ts';
import { topics } from './topics.ts';
import { users } from './users.ts';

/**
 * A prospective city's application for membership: kept for the office's review; on acceptance the
 * city exists and its contact holds an invitation (only the token's SHA-256 kept) to register as
 * the city's first member and coordinator.
 */
export const membershipApplications = pgTable(
  'membership_applications',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    cityName: text().notNull(),
    state: text().notNull(),
    country: text().notNull(),
    population: integer().notNull(),
    office: text().notNull(),
    contactName: text().notNull(),
    email: text().notNull(),
    motivation: text().notNull(),
    heardFrom: text().notNull().default(''),
    /** the language the application was written in: the contact's mails follow it */
    locale: text({ enum: ['de', 'en', 'fr'] }).notNull().default('de'),
    /** when the applicant consented to the processing of the application's data */
    consentAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    status: text({ enum: ['pending', 'accepted', 'rejected'] }).notNull().default('pending'),
    decidedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    decidedAt: timestamp({ withTimezone: true, precision: 3 }),
    rejectReason: text(),
    cityId: integer().references(() => cities.id, { onDelete: 'set null' }),
    inviteTokenHash: text().unique(),
    inviteExpiresAt: timestamp({ withTimezone: true, precision: 3 }),
    /** the account that registered with the invitation */
    invitedUserId: integer().references(() => users.id, { onDelete: 'set null' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('membership_applications_status_idx').on(t.status, t.createdAt)],
);

/** A project of the network, of Efus or of member cities, often EU-funded; members propose, staff publish. */
export const projects = pgTable(
  'projects',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    programme: text().notNull(),
    topicId: integer().references(() => topics.id, { onDelete: 'set null' }),
    startsOn: date({ mode: 'string' }).notNull(),
    endsOn: date({ mode: 'string' }),
    /** who leads it when no member city does (Efus, a university …) */
    leadOrganisation: text().notNull().default(''),
    leadCityId: integer().references(() => cities.id, { onDelete: 'set null' }),
    partnerCityIds: integer().array().notNull().default(sql`'{}'::int[]`),
    aims: text().notNull(),
    aimsHtml: text().notNull(),
    results: text().notNull().default(''),
    resultsHtml: text().notNull().default(''),
    documentIds: integer().array().notNull().default(sql`'{}'::int[]`),
    contact: text().notNull().default(''),
    website: text().notNull().default(''),
    proposedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    publishedBy: integer().references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('projects_programme_idx').on(t.programme), index('projects_published_idx').on(t.publishedAt)],
);

/**
 * A structured practice example with its evidence rating (Grüne Liste level and EMMIE's five
 * dimensions): written by a member, reviewed by moderators, public once published.
 */
export const practices = pgTable(
  'practices',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    title: text().notNull(),
    summary: text().notNull(),
    /** the fields of the example (problem, measures, evaluation …) as the shared schema defines them */
    content: jsonb().$type<Record<string, string>>().notNull(),
    topicId: integer().references(() => topics.id, { onDelete: 'set null' }),
    targetGroups: text().array().notNull(),
    settings: text().array().notNull(),
    cityId: integer().references(() => cities.id, { onDelete: 'set null' }),
    language: text({ enum: ['de', 'en', 'fr'] }).notNull(),
    evidenceLevel: text().notNull(),
    emmie: jsonb().$type<Record<string, { rating: number; note: string }>>().notNull(),
    threadIds: integer().array().notNull().default(sql`'{}'::int[]`),
    documentIds: integer().array().notNull().default(sql`'{}'::int[]`),
    auditIds: integer().array().notNull().default(sql`'{}'::int[]`),
    status: text({ enum: ['draft', 'submitted', 'changes_requested', 'published'] }).notNull().default('submitted'),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    reviewerId: integer().references(() => users.id, { onDelete: 'set null' }),
    publishedAt: timestamp({ withTimezone: true, precision: 3 }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    updatedAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('practices_status_idx').on(t.status, t.updatedAt), index('practices_evidence_idx').on(t.evidenceLevel)],
);

/** The review of a practice example: comments and requests for changes, in order. */
export const practiceReviews = pgTable(
  'practice_reviews',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    practiceId: integer()
      .notNull()
      .references(() => practices.id, { onDelete: 'cascade' }),
    authorId: integer().references(() => users.id, { onDelete: 'set null' }),
    kind: text({ enum: ['comment', 'changes_requested', 'published'] }).notNull(),
    body: text().notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('practice_reviews_practice_idx').on(t.practiceId, t.createdAt)],
);
