import { and, asc, eq, inArray, isNull, lt, lte, or, sql } from 'drizzle-orm';
import type { Executor } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';

export type JobRow = typeof jobs.$inferSelect;

/** Queues work inside the caller's transaction: it exists exactly when its cause committed; `runAt` defers it. */
export async function enqueueJob(db: Executor, kind: string, payload: unknown, runAt?: Date): Promise<void> {
  await db.insert(jobs).values({ kind, payload, ...(runAt && { runAt }) });
}

/** Many jobs of one kind in one statement (a mail to each of a thread's watchers); `priority` 1 lets other work go first. */
export async function enqueueJobs(db: Executor, kind: string, payloads: unknown[], priority = 0): Promise<void> {
  const ROWS_PER_INSERT = 5000; // three parameters a row, well below PostgreSQL's 65,535
  for (let i = 0; i < payloads.length; i += ROWS_PER_INSERT) {
    await db.insert(jobs).values(payloads.slice(i, i + ROWS_PER_INSERT).map((payload) => ({ kind, payload, priority })));
  }
}

/**
 * Takes the oldest due jobs of the highest priority for `leaseSeconds`: rows another node holds
 * are skipped, not waited for, and a lease that ran out (its node died mid-job) makes the job due again.
 */
export async function claimJobs(db: Executor, limit: number, leaseSeconds: number): Promise<JobRow[]> {
  const due = db
    .select({ id: jobs.id })
    .from(jobs)
    .where(and(isNull(jobs.failedAt), lte(jobs.runAt, sql`now()`), or(isNull(jobs.lockedUntil), lt(jobs.lockedUntil, sql`now()`))))
    .orderBy(asc(jobs.priority), asc(jobs.runAt), asc(jobs.id))
    .limit(limit)
    .for('update', { skipLocked: true });
  return db
    .update(jobs)
    .set({ lockedUntil: sql`now() + make_interval(secs => ${leaseSeconds})`, attempts: sql`${jobs.attempts} + 1` })
    .where(inArray(jobs.id, due))
    .returning();
}

export async function finishJob(db: Executor, id: number): Promise<void> {
  await db.delete(jobs).where(eq(jobs.id, id));
}

/** Another attempt after `retrySeconds`, or (null) none: the job stays, failed, with its error. */
export async function recordJobFailure(db: Executor, id: number, error: string, retrySeconds: number | null): Promise<void> {
  await db
    .update(jobs)
    .set(
      retrySeconds === null
        ? { lastError: error, failedAt: sql`now()`, lockedUntil: null }
        : { lastError: error, runAt: sql`now() + make_interval(secs => ${retrySeconds})`, lockedUntil: null },
    )
    .where(eq(jobs.id, id));
}

/**
 * A job that reschedules itself (`every:…`) at the next full hour, unless one is queued already:
 * however many nodes start, one exists (the unique index `jobs_recurring_idx`).
 */
export async function queueRecurring(db: Executor, kind: `every:${string}`): Promise<void> {
  await db.execute(sql`
    insert into ${jobs} (kind, payload, run_at) values (${kind}, '{}'::jsonb, date_trunc('hour', now()) + interval '1 hour')
    on conflict (kind) where kind like 'every:%' and failed_at is null do nothing`);
}

/** Jobs waiting or running (not given up), per kind: the queues' lengths for the metrics. */
export async function queuedJobCounts(db: Executor): Promise<{ kind: string; n: number }[]> {
  return db
    .select({ kind: jobs.kind, n: sql<number>`count(*)::int` })
    .from(jobs)
    .where(isNull(jobs.failedAt))
    .groupBy(jobs.kind);
}
