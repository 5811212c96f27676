import type { Db, Executor } from '../db/client.ts';
import { describeError, log, logError } from '../lib/log.ts';
import { claimJobs, finishJob, type JobRow, queueRecurring, recordJobFailure } from './jobs.repo.ts';

/**
 * Does one job; throwing makes it run again later (or, after the last attempt, fail for good).
 * A handler that writes in a transaction calls `done(tx)` in it: the job then ends exactly when
 * its writes commit, and a crash in between cannot make it run twice.
 */
export type JobHandler = (payload: unknown, job: { done: (tx: Executor) => Promise<void> }) => Promise<void>;

export const JOB_MAX_ATTEMPTS = 5;
/** Longer than any job may take, so a lease only runs out when its node died (JOB_LEASE_SECONDS). */
const LEASE_SECONDS = 120;
const BATCH = 20;
/** jobs of a batch run this many at a time: a mail waiting for the SMTP server does not hold up the next */
const CONCURRENCY = 5;
/** 5 s, 20 s, 80 s, 320 s */
const RETRY_BASE_SECONDS = 5;

export interface JobRunner {
  /** Polls every pollMs (jobs other nodes queued, retries); until started it does nothing. */
  start(): void;
  /** Lets the current run finish, then stops polling. */
  stop(): Promise<void>;
  /** A job was queued and committed here: run soon rather than at the next poll. No-op unless started. */
  nudge(): void;
  /** Runs every due job, one batch after another; resolves with how many ran. */
  runPending(): Promise<number>;
}

/**
 * Runs the queued jobs (`jobs` table) with the handler of their kind. Any number of nodes may run
 * this: each claims different rows. Failures are logged by kind and id only (payloads may hold
 * ids of people, never their text).
 */
export function createJobRunner(deps: {
  db: Db;
  handlers: Record<string, JobHandler>;
  pollMs?: number;
  retryBaseSeconds?: number;
  leaseSeconds?: number;
}): JobRunner {
  const { db, handlers, pollMs = 2000, retryBaseSeconds = RETRY_BASE_SECONDS, leaseSeconds = LEASE_SECONDS } = deps;
  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  let previous: Promise<unknown> = Promise.resolve();
  let queued: Promise<number> | undefined;

  /** Kinds `every:…` recur hourly: their end (or their giving up) queues the next run. */
  const recurring = (kind: string): kind is `every:${string}` => kind.startsWith('every:');

  async function run(job: JobRow): Promise<void> {
    const handler = handlers[job.kind];
    const done = async (tx: Executor) => {
      await finishJob(tx, job.id);
      if (recurring(job.kind)) await queueRecurring(tx, job.kind);
    };
    try {
      if (!handler) throw new Error(`no handler for jobs of kind ${job.kind}`);
      let finished = false;
      await handler(job.payload, {
        done: async (tx) => {
          await done(tx);
          finished = true;
        },
      });
      if (!finished) await db.transaction(done);
    } catch (err) {
      const last = !handler || job.attempts >= JOB_MAX_ATTEMPTS;
      const error = describeError(err).split('\n')[0] ?? 'failed';
      await recordJobFailure(db, job.id, error, last ? null : retryBaseSeconds * 4 ** (job.attempts - 1));
      if (last && recurring(job.kind)) await queueRecurring(db, job.kind);
      log('error', `job ${job.id} (${job.kind}) ${last ? 'gave up' : 'failed'} after attempt ${job.attempts}/${JOB_MAX_ATTEMPTS}: ${error}`, { job: job.id, kind: job.kind, attempt: job.attempts });
    }
  }

  async function drain(): Promise<number> {
    let ran = 0;
    for (let batch = await claimJobs(db, BATCH, leaseSeconds); batch.length && !stopped; batch = await claimJobs(db, BATCH, leaseSeconds)) {
      for (let i = 0; i < batch.length; i += CONCURRENCY) await Promise.all(batch.slice(i, i + CONCURRENCY).map(run));
      ran += batch.length;
    }
    return ran;
  }

  function runPending(): Promise<number> {
    if (!queued) {
      const next = previous.then(() => {
        queued = undefined;
        return drain();
      });
      queued = next;
      previous = next.catch(() => undefined);
    }
    return queued;
  }

  function runInBackground() {
    runPending().catch((err: unknown) => logError('job run', err));
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      for (const kind of Object.keys(handlers).filter(recurring)) {
        queueRecurring(db, kind).catch((err: unknown) => logError('queueing a recurring job', err));
      }
      timer = setInterval(runInBackground, pollMs);
      timer.unref();
      runInBackground();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await previous;
    },
    nudge() {
      if (started && !stopped) runInBackground();
    },
    runPending,
  };
}
