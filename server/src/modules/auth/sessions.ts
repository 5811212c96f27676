import { sha256 } from '@oslojs/crypto/sha2';
import { encodeBase32LowerCaseNoPadding, encodeHexLowerCase } from '@oslojs/encoding';
import type { Db } from '../../db/client.ts';
import { updateUser, type UserWithCity } from '../users/index.ts';
import { deleteExpiredSessions, deleteSession, extendSession, findSessionExpiry, findSessionWithUser, insertSession } from './sessions.repo.ts';

/** Lucia's session design: the browser holds a random token, the database only its SHA-256. */
export function generateSessionToken(): string {
  const bytes = new Uint8Array(20);
  crypto.getRandomValues(bytes);
  return encodeBase32LowerCaseNoPadding(bytes);
}

export function sessionIdOf(token: string): string {
  return encodeHexLowerCase(sha256(new TextEncoder().encode(token)));
}

export interface SessionStore {
  create(userId: number): Promise<{ token: string; expiresAt: Date }>;
  /** the session and its account; renewed (sliding expiry) unless `renew` is false */
  validate(token: string, opts?: { renew?: boolean }): Promise<{ user: UserWithCity; sessionId: string; expiresAt: Date; renewed: boolean } | null>;
  invalidate(token: string): Promise<void>;
  /** when the session ends unless renewed; null once it has ended */
  expiresAt(sessionId: string): Promise<Date | null>;
  purgeExpired(): Promise<void>;
}

const HOUR = 60 * 60 * 1000;
const DAY = 24 * HOUR;

export function createSessionStore(db: Db, sessionDays: number): SessionStore {
  const lifetime = sessionDays * DAY;
  return {
    async create(userId) {
      const token = generateSessionToken();
      const expiresAt = new Date(Date.now() + lifetime);
      await insertSession(db, { id: sessionIdOf(token), userId, expiresAt });
      await updateUser(db, userId, { lastSeenAt: new Date() });
      return { token, expiresAt };
    },
    async validate(token, opts = {}) {
      const id = sessionIdOf(token);
      const found = await findSessionWithUser(db, id);
      if (!found) return null;
      const { session, user } = found;
      const now = Date.now();
      if (session.expiresAt.getTime() <= now) {
        await deleteSession(db, id);
        return null;
      }
      // When the person was last here, to the hour (the user list's "last seen").
      if (opts.renew !== false && (!user.lastSeenAt || now - user.lastSeenAt.getTime() > HOUR)) await updateUser(db, user.id, { lastSeenAt: new Date(now) });
      // Sliding expiry: renew once half the lifetime has passed.
      if (opts.renew === false || session.expiresAt.getTime() - now >= lifetime / 2) {
        return { user, sessionId: id, expiresAt: session.expiresAt, renewed: false };
      }
      const expiresAt = new Date(now + lifetime);
      await extendSession(db, id, expiresAt);
      return { user, sessionId: id, expiresAt, renewed: true };
    },
    async invalidate(token) {
      await deleteSession(db, sessionIdOf(token));
    },
    async expiresAt(sessionId) {
      return (await findSessionExpiry(db, sessionId)) ?? null;
    },
    async purgeExpired() {
      await deleteExpiredSessions(db, new Date());
    },
  };
}
