import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';

/**
 * Unread posts per thread for one member: the posts after the last one they read, not deleted or
 * hidden, written after their "mark all read". One statement for a list: per thread a range scan
 * of posts_thread_idx (thread_id, id) from the last read post on, and a primary-key probe of
 * thread_reads (user_id, thread_id).
 */
export async function unreadCounts(db: Executor, userId: number, threadIds: number[]): Promise<Map<number, number>> {
  if (!threadIds.length) return new Map();
  const rows = rowsOf<{ id: number; unread: number }>(
    await db.execute(sql`
      select t.id, (
        select count(*)::int from posts p
        where p.thread_id = t.id and p.id > coalesce(r.last_read_post_id, 0)
          and p.deleted_at is null and p.hidden_at is null
          and (u.read_all_at is null or p.created_at > u.read_all_at)
      ) as unread
      from unnest(${sql.param(threadIds)}::int[]) as t(id)
      cross join users u
      left join thread_reads r on r.user_id = u.id and r.thread_id = t.id
      where u.id = ${userId}`),
  );
  return new Map(rows.map((r) => [r.id, r.unread]));
}

/** The last post the member had read before this visit (null: never opened, or all read before "mark all read"). */
export async function lastReadPostId(db: Executor, userId: number, threadId: number): Promise<number | null> {
  const rows = rowsOf<{ id: number | null }>(
    await db.execute(sql`
      select greatest(
        (select last_read_post_id from thread_reads where user_id = ${userId} and thread_id = ${threadId}),
        (select max(p.id) from posts p join users u on u.id = ${userId} where p.thread_id = ${threadId} and p.created_at <= u.read_all_at)
      ) as id`),
  );
  return rows[0]?.id ?? null;
}

/** Records that the member has read the thread up to `postId` (never backwards). */
export async function markRead(db: Executor, userId: number, threadId: number, postId: number): Promise<void> {
  await db.execute(sql`
    insert into thread_reads (user_id, thread_id, last_read_post_id) values (${userId}, ${threadId}, ${postId})
    on conflict (user_id, thread_id) do update set last_read_post_id = greatest(thread_reads.last_read_post_id, excluded.last_read_post_id), read_at = now()`);
}

/** "Mark all read": every post written until now counts as read. */
export async function markAllRead(db: Executor, userId: number): Promise<void> {
  await db.execute(sql`update users set read_all_at = now() where id = ${userId}`);
}
