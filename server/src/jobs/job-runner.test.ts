import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openTestDatabase } from '../../../tests/support/database.ts';
import type { Database } from '../db/client.ts';
import { jobs } from '../db/schema/index.ts';
import { createJobRunner, JOB_MAX_ATTEMPTS } from './job-runner.ts';
import { enqueueJob } from './jobs.repo.ts';

let database: Database;
const errors = vi.spyOn(console, 'error').mockImplementation(() => {});

beforeAll(async () => {
  database = await openTestDatabase();
});
afterAll(async () => {
  errors.mockRestore();
  await database.close();
});

describe('the job queue', () => {
  it('runs a job queued in a committed transaction once, and none of a rolled-back one', async () => {
    const seen: unknown[] = [];
    const runner = createJobRunner({ db: database.db, handlers: { note: async (p) => void seen.push(p) } });
    await database.db.transaction(async (tx) => enqueueJob(tx, 'note', { n: 1 }));
    await database.db
      .transaction(async (tx) => {
        await enqueueJob(tx, 'note', { n: 2 });
        throw new Error('the use case failed');
      })
      .catch(() => {});
    expect(await runner.runPending()).toBe(1);
    expect(await runner.runPending()).toBe(0);
    expect(seen).toEqual([{ n: 1 }]);
    expect(await database.db.select().from(jobs)).toEqual([]);
  });

  it('tries a failing job again and keeps it, with its error, after the last attempt', async () => {
    let calls = 0;
    const runner = createJobRunner({
      db: database.db,
      retryBaseSeconds: 0,
      handlers: {
        flaky: async () => {
          calls += 1;
          if (calls === 1) throw new Error('the SMTP server said 451');
        },
        broken: async () => {
          throw new Error('never works');
        },
      },
    });
    await enqueueJob(database.db, 'flaky', {});
    await enqueueJob(database.db, 'broken', {});
    for (let i = 0; i < JOB_MAX_ATTEMPTS + 1; i++) await runner.runPending();
    expect(calls).toBe(2);
    const left = await database.db.select().from(jobs);
    expect(left).toEqual([expect.objectContaining({ kind: 'broken', attempts: JOB_MAX_ATTEMPTS, lastError: expect.stringContaining('never works'), failedAt: expect.any(Date) })]);
    await database.db.delete(jobs);
  });

  it('gives each job to one runner when several (nodes) run at once', async () => {
    const runs = new Map<number, number>();
    const handlers = { count: async (p: unknown) => void runs.set((p as { n: number }).n, (runs.get((p as { n: number }).n) ?? 0) + 1) };
    for (let n = 0; n < 60; n++) await enqueueJob(database.db, 'count', { n });
    const runners = [1, 2, 3].map(() => createJobRunner({ db: database.db, handlers }));
    const ran = await Promise.all(runners.map((r) => r.runPending()));
    expect(ran.reduce((a, b) => a + b, 0)).toBe(60);
    expect([...runs.values()].every((times) => times === 1)).toBe(true);
    expect(runs.size).toBe(60);
  });
});
