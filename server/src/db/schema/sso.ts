import { index, integer, pgTable, primaryKey, text, timestamp } from 'drizzle-orm/pg-core';
import { sessions, users } from './users.ts';

/** Who an OpenID provider's subject is here: linked at the first sign-in, by a verified address. */
export const oidcIdentities = pgTable(
  'oidc_identities',
  {
    provider: text().notNull(),
    subject: text().notNull(),
    userId: integer()
      .notNull()
      .references(() => users.id, { onDelete: 'cascade' }),
    createdAt: timestamp({ withTimezone: true, precision: 3 }).notNull().defaultNow(),
  },
  (t) => [primaryKey({ columns: [t.provider, t.subject] }), index('oidc_identities_user_idx').on(t.userId)],
);

/**
 * A sign-in under way: what the callback checks (state, nonce, PKCE verifier) and the browser it
 * started in (the hash of a cookie), single-use, for ten minutes. In the database, so any node
 * may receive the callback.
 */
export const oidcLogins = pgTable('oidc_logins', {
  stateHash: text().primaryKey(),
  provider: text().notNull(),
  browserHash: text().notNull(),
  codeVerifier: text().notNull(),
  nonce: text().notNull(),
  returnTo: text().notNull(),
  expiresAt: timestamp({ withTimezone: true, precision: 3 }).notNull(),
});

/** A session that began at a provider: its `sid` and subject end it on back-channel logout; its ID token is the logout hint. */
export const oidcSessions = pgTable(
  'oidc_sessions',
  {
    sessionId: text()
      .primaryKey()
      .references(() => sessions.id, { onDelete: 'cascade' }),
    provider: text().notNull(),
    subject: text().notNull(),
    sid: text(),
    idToken: text().notNull(),
  },
  (t) => [index('oidc_sessions_sid_idx').on(t.provider, t.sid), index('oidc_sessions_subject_idx').on(t.provider, t.subject)],
);
