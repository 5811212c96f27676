import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { NETWORK_TIME_ZONE } from '../../lib/network-time.ts';

export type Frequency = 'daily' | 'weekly';
/** Digests go out at this local hour; the weekly one on Mondays. */
const DIGEST_HOUR = 7;
const PERIOD = { daily: { column: 'daily_digest_at', hours: 20, days: 1 }, weekly: { column: 'weekly_digest_at', hours: 6 * 24, days: 7 } } as const;

/**
 * Members due for a digest at `at`: they take some kind in it, it is 7:00 where they are (Mondays
 * for the weekly one), and the last one went out long enough ago.
 */
export async function dueMembers(db: Executor, frequency: Frequency, at: Date): Promise<number[]> {
  const { column, hours } = PERIOD[frequency];
  const now = sql`${at.toISOString()}::timestamptz`;
  const local = sql`(${now} at time zone coalesce(u.time_zone, ${NETWORK_TIME_ZONE}))`;
  const result = await db.execute(sql`
    select u.id from users u
    where u.status = 'active'
      and exists (select 1 from notification_settings s where s.user_id = u.id and s.channel = 'email' and s.mode = ${frequency})
      and extract(hour from ${local}) = ${DIGEST_HOUR}
      and (${frequency} = 'daily' or extract(isodow from ${local}) = 1)
      and (u.${sql.raw(column)} is null or u.${sql.raw(column)} < ${now} - make_interval(hours => ${hours}))`);
  return (result as unknown as { rows: { id: number }[] }).rows.map((r) => Number(r.id));
}

/** Claims the member's digest of the period ending at `at` (locked, so two runs cannot both send it); the time the last one went, or undefined if it is not due. */
export async function claimPeriod(tx: Executor, userId: number, frequency: Frequency, at: Date): Promise<{ since: Date } | undefined> {
  const { column, hours, days } = PERIOD[frequency];
  const result = await tx.execute(sql`select ${sql.raw(column)} as last from users where id = ${userId} for update`);
  const last = (result as unknown as { rows: { last: string | Date | null }[] }).rows[0]?.last;
  const lastAt = last ? new Date(last) : null;
  if (lastAt && lastAt.getTime() > at.getTime() - hours * 3_600_000) return undefined;
  await tx.execute(sql`update users set ${sql.raw(column)} = ${at.toISOString()}::timestamptz where id = ${userId}`);
  return { since: lastAt ?? new Date(at.getTime() - days * 86_400_000) };
}
