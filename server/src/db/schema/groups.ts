import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { users } from './users.ts';

/** A working group: its private threads live in its own category (categories.group_id). */
export const groups = pgTable('groups', {
  id: integer().primaryKey().generatedAlwaysAsIdentity(),
  slug: text().notNull().unique(),
  name: text().notNull(),
  description: text().notNull().default(''),
  createdBy: integer()
    .notNull()
    .references(() => users.id),
  createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
});

/**
 * One row per person and group: 'requested' (asked to join, a lead decides), 'invited' (a lead
 * asked, the person decides) or 'active'. Leads are active members with the role 'lead'.
 */
export const groupMembers = pgTable(
  'group_members',
  {
    groupId: integer()
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    role: text({ enum: ['lead', 'member'] }).notNull().default('member'),
    status: text({ enum: ['active', 'requested', 'invited'] }).notNull(),
    invitedBy: integer().references(() => users.id),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
    joinedAt: timestamp({ withTimezone: true, precision: 3 }),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.userId] }), index('group_members_user_idx').on(t.userId, t.status)],
);

/**
 * An invitation to an address that has no account yet: it becomes an 'invited' membership when
 * someone registers with that address.
 */
export const groupInvitations = pgTable(
  'group_invitations',
  {
    groupId: integer()
      .notNull()
      .references(() => groups.id, { onDelete: 'cascade' }),
    email: text().notNull(),
    invitedBy: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.groupId, t.email] }), index('group_invitations_email_idx').on(t.email)],
);
