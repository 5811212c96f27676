import { z } from 'zod';
import type { Executor } from '../../../db/client.ts';
import { enqueueJob } from '../../../jobs/jobs.repo.ts';
import { timeForReader } from '../../notifications/index.ts';
import type { LiveContext } from '../live.context.ts';
import { findSession } from './sessions.repo.ts';

export const SESSION_SOON_JOB = 'notify:session-soon';
/** Members hear of a session this long before it starts. */
const SOON_MS = 15 * 60_000;
const SoonJob = z.object({ sessionId: z.number().int(), startsAt: z.string() });

/**
 * What a group's members are told of its sessions: 15 minutes before the start (a job queued with
 * the session and again with each new start time; an outdated one does nothing), with the calendar
 * entry attached, and when it goes live.
 */
export function sessionNotices(ctx: LiveContext) {
  const { db, notifications, calendarFile } = ctx;

  return {
    /** Inside the transaction that schedules or moves a session. */
    async schedule(tx: Executor, sessionId: number, startsAt: Date): Promise<void> {
      const runAt = new Date(Math.max(Date.now(), startsAt.getTime() - SOON_MS));
      if (startsAt.getTime() > Date.now()) await enqueueJob(tx, SESSION_SOON_JOB, { sessionId, startsAt: startsAt.toISOString() }, runAt);
    },

    /** Inside the transaction that starts the session; pass the result to `notifications.told` after it. */
    async wentLive(tx: Executor, session: { id: number; groupId: number; title: string }, hostId: number): Promise<number[]> {
      const about = { title: session.title, path: `/live/${session.id}` };
      return notifications.tellGroup(tx, 'session_live', session.groupId, hostId, { sessionId: session.id, actorId: hostId }, about);
    },

    /** The job: members of a session still scheduled at that time hear it starts soon. */
    async remindSoon(payload: unknown, job: { done: (tx: Executor) => Promise<void> }): Promise<void> {
      const { sessionId, startsAt } = SoonJob.parse(payload);
      const row = await findSession(db, sessionId);
      if (!row || row.session.status !== 'scheduled' || row.session.startsAt.toISOString() !== startsAt) return;
      const { session } = row;
      const file = await calendarFile(session.id);
      const about = {
        title: session.title,
        path: `/live/${session.id}`,
        time: timeForReader(session.startsAt),
        attachments: file ? [{ filename: file.filename, contentType: 'text/calendar; charset=utf-8; method=PUBLISH', content: file.ics }] : [],
      };
      const told = await db.transaction(async (tx) => {
        const ids = await notifications.tellGroup(tx, 'session_soon', session.groupId, null, { sessionId: session.id }, about);
        await job.done(tx);
        return ids;
      });
      await notifications.told(told);
    },
  };
}
