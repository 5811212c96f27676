import { createHash } from 'node:crypto';
import { RateLimiterPostgres, RateLimiterRes } from 'rate-limiter-flexible';
import { lt } from 'drizzle-orm';
import type { Database } from '../db/client.ts';
import { rateLimits } from '../db/schema/index.ts';
import { RateLimited } from './errors.ts';

export interface Budget {
  /** what the counters of this budget are called in the table, e.g. 'writes' */
  name: string;
  points: number;
  durationSeconds: number;
}

/**
 * Rate limits counted in the database (the `rate_limits` table), so that with several nodes a limit
 * is one limit. Each take is one atomic upsert: parallel requests cannot overtake the count.
 */
export function createRateLimits(database: Database) {
  // The store speaks node-postgres' query object; both drivers answer through Database.query.
  const storeClient = { query: (q: { text: string; values: unknown[] }) => database.query(q.text, q.values) };

  function budget(b: Budget) {
    const limiter = new RateLimiterPostgres({
      storeClient,
      storeType: 'pool',
      tableName: 'rate_limits',
      tableCreated: true,
      clearExpiredByTimeout: false,
      keyPrefix: b.name,
      points: b.points,
      duration: b.durationSeconds,
    });
    return {
      /** Takes a point; with none left, a 429 carrying the seconds to wait. */
      async take(key: string, message?: (seconds: number) => string): Promise<void> {
        try {
          await limiter.consume(key);
        } catch (e) {
          if (!(e instanceof RateLimiterRes)) throw e;
          const seconds = Math.max(1, Math.ceil(e.msBeforeNext / 1000));
          const error = RateLimited(seconds);
          if (message) error.message = message(seconds);
          throw error;
        }
      },
      /** Takes a point if one is left, and says whether it was (for callers that must not tell the client). */
      async tryTake(key: string): Promise<boolean> {
        try {
          await limiter.consume(key);
          return true;
        } catch (e) {
          if (e instanceof RateLimiterRes) return false;
          throw e;
        }
      },
      /** gives a point back (a successful login) */
      async giveBack(key: string): Promise<void> {
        await limiter.reward(key, 1);
      },
      async reset(key: string): Promise<void> {
        await limiter.delete(key);
      },
    };
  }

  return {
    budget,
    /** removes counters whose window ended an hour ago or earlier (housekeeping) */
    clearExpired: async () => void (await database.db.delete(rateLimits).where(lt(rateLimits.expire, Date.now() - 3600_000))),
  };
}
export type RateLimits = ReturnType<typeof createRateLimits>;
export type RateBudget = ReturnType<RateLimits['budget']>;

/** Keys that would name a person (an e-mail address) are stored as a hash. */
export const hashedKey = (value: string) => createHash('sha256').update(value).digest('base64url').slice(0, 32);
