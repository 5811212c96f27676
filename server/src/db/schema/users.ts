import { boolean, index, integer, pgTable, text, timestamp } from 'drizzle-orm/pg-core';
import { sql } from 'drizzle-orm';
import { cities } from './cities.ts';

export const users = pgTable(
  'users',
  {
    id: integer().primaryKey().generatedAlwaysAsIdentity(),
    email: text().notNull().unique(),
    passwordHash: text().notNull(),
    displayName: text().notNull(),
    cityId: integer().references(() => cities.id),
    role: text({ enum: ['member', 'moderator', 'admin'] }).notNull().default('member'),
    status: text({ enum: ['pending', 'active', 'suspended'] }).notNull().default('pending'),
    bio: text().notNull().default(''),
    locale: text({ enum: ['de', 'en', 'fr'] }).notNull().default('de'),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    approvedAt: timestamp({ withTimezone: true, precision: 3 }),
    approvedBy: integer(),
    /** the secret in the URL of the person's private calendar feed; null until first asked for */
    calendarToken: text().unique(),
    /**
     * the secret in the unsubscribe links of the person's mails; made with the account, so that
     * sending a mail never has to lock the person's row (a reply's transaction holds it)
     */
    mailToken: text()
      .notNull()
      .unique()
      .default(sql`replace(gen_random_uuid()::text || gen_random_uuid()::text, '-', '')`),
    /** starting or replying to a thread watches it (the member's preference) */
    autoWatch: boolean().notNull().default(true),
    /** an IANA time zone for the times in mails (digests, reminders); none means Europe/Berlin */
    timeZone: text(),
    /** when the last daily and weekly digest went to the person (none yet: since they chose the digest) */
    dailyDigestAt: timestamp({ withTimezone: true, precision: 3 }),
    weeklyDigestAt: timestamp({ withTimezone: true, precision: 3 }),
    /** when the person confirmed their address through the link mailed to it; unconfirmed accounts are not approved */
    emailConfirmedAt: timestamp({ withTimezone: true, precision: 3 }),
    /** the last time the person used the platform (kept to the hour) */
    lastSeenAt: timestamp({ withTimezone: true, precision: 3 }),
    /** a suspension's end (none: until reinstated) and its reason, shown to the person at sign-in */
    suspendedUntil: timestamp({ withTimezone: true, precision: 3 }),
    suspendReason: text(),
    /** the office or function in the city administration, shown on the profile */
    office: text().notNull().default(''),
    /** languages the person speaks (de, en, fr, …), shown on the profile and searched in the directory */
    languages: text().array().notNull().default(sql`'{}'::text[]`),
    /** whether members see the e-mail address on the profile (off unless the person chooses it) */
    showEmail: boolean().notNull().default(false),
    /** the version of the privacy notice the person accepted (at registration, or later when it changed) */
    privacyVersion: integer(),
    privacyAcceptedAt: timestamp({ withTimezone: true, precision: 3 }),
    /** "mark all read": every post written before this counts as read */
    readAllAt: timestamp({ withTimezone: true, precision: 3 }),
    /** the person asked for their account's erasure (or an admin did, for them); it runs at `erasureDueAt` unless stopped */
    erasureRequestedAt: timestamp({ withTimezone: true, precision: 3 }),
    erasureDueAt: timestamp({ withTimezone: true, precision: 3 }),
    /** the account was erased: what remains is an anonymous "former member" its kept content points to */
    erasedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [
    index('users_status_idx').on(t.status),
    index('users_city_idx').on(t.cityId),
    index('users_erasure_due_idx').on(t.erasureDueAt).where(sql`${t.erasureDueAt} is not null`),
  ],
);

export const sessions = pgTable(
  'sessions',
  {
    /** SHA-256 of the token the browser holds, hex-encoded */
    id: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('sessions_user_idx').on(t.userId)],
);

/**
 * Links that confirm an address: at registration (the account's own) and on a change (the new one,
 * which replaces the old only once confirmed). Only the SHA-256 of the token is kept.
 */
export const emailConfirmations = pgTable(
  'email_confirmations',
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('email_confirmations_user_idx').on(t.userId)],
);

/** Password reset links: only the SHA-256 of the token; a link is deleted when used or replaced. */
export const passwordResets = pgTable(
  'password_resets',
  {
    tokenHash: text().primaryKey(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [index('password_resets_user_idx').on(t.userId)],
);
