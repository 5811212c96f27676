import { bigint, bigserial, customType, integer, pgTable, timestamp, varchar } from 'drizzle-orm/pg-core';

const bytea = customType<{ data: Buffer }>({ dataType: () => 'bytea' });

/** Used by @socket.io/postgres-adapter for binary payloads; created here so nodes starting together don't race. */
export const socketIoAttachments = pgTable('socket_io_attachments', {
  id: bigserial({ mode: 'number' }).unique(),
  createdAt: timestamp({ withTimezone: true }).defaultNow(),
  payload: bytea(),
});

/**
 * Counters of rate-limiter-flexible's PostgreSQL store (login tries, writes, live-room budgets),
 * shared by every node so a limit holds however requests are spread. Column order is the store's.
 */
export const rateLimits = pgTable('rate_limits', {
  key: varchar({ length: 255 }).primaryKey(),
  points: integer().notNull().default(0),
  /** epoch milliseconds */
  expire: bigint({ mode: 'number' }),
});
