import { asc, eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../tests/support/database.ts';
import { canReadSession } from '../policy/index.ts';
import { findUserById } from '../modules/users/users.repo.ts';
import type { Database } from '../db/client.ts';
import { categories, chatMessages, liveSessions, posts, questions, questionVotes, threads } from '../db/schema/index.ts';
import { seedDemo } from './demo-seed.ts';

let database: Database;
let sessions: (typeof liveSessions.$inferSelect)[];

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  sessions = await database.db.select().from(liveSessions).orderBy(asc(liveSessions.startsAt));
});
afterAll(() => database.close());

const questionsOf = (sessionId: number) =>
  database.db.select().from(questions).where(eq(questions.sessionId, sessionId)).orderBy(asc(questions.id));

describe('demo live sessions', () => {
  it('has one archived session, exactly one running now, and two ahead', () => {
    expect(sessions.map((s) => s.status)).toEqual(['archived', 'live', 'scheduled', 'scheduled']);
    const now = Date.now();
    const live = sessions[1]!;
    expect(live.startsAt.getTime()).toBeLessThan(now);
    expect(live.endsAt.getTime()).toBeGreaterThan(now);
    expect(sessions.slice(2).every((s) => s.startsAt.getTime() > now)).toBe(true);
  });

  it('counts each question’s votes exactly as its vote rows', async () => {
    const mismatched = await database.db.execute(sql`
      select q.id from ${questions} q
      where q.vote_count <> (select count(*) from ${questionVotes} v where v.question_id = q.id)`);
    expect((mismatched as unknown as { rows: unknown[] }).rows).toEqual([]);
    const [{ votes }] = (await database.db.select({ votes: sql<number>`count(*)::int` }).from(questionVotes)) as [{ votes: number }];
    expect(votes).toBeGreaterThan(30);
  });

  it('lets only readers of a session ask, vote and chat in it', async () => {
    for (const s of sessions) {
      const people = new Set<number>();
      for (const q of await questionsOf(s.id)) people.add(q.authorId);
      for (const v of await database.db.select().from(questionVotes).innerJoin(questions, eq(questions.id, questionVotes.questionId)).where(eq(questions.sessionId, s.id))) {
        people.add(v.question_votes.userId);
      }
      for (const m of await database.db.select().from(chatMessages).where(eq(chatMessages.sessionId, s.id))) people.add(m.authorId);
      for (const id of people) expect(canReadSession((await findUserById(database.db, id))!, s), `user ${id} in "${s.title}"`).toBe(true);
    }
  });

  it('gives every change in a room its own seq, none above the room’s', async () => {
    for (const s of sessions) {
      const seqs = (await questionsOf(s.id)).map((q) => q.seq);
      expect(new Set(seqs).size).toBe(seqs.length);
      expect(Math.max(0, ...seqs)).toBeLessThanOrEqual(s.seq);
    }
  });

  it('runs the live room with an answered, a highlighted, an anonymous and a pending question, and a chat', async () => {
    const live = sessions.find((s) => s.status === 'live')!;
    const qs = await questionsOf(live.id);
    expect(qs.length).toBeGreaterThanOrEqual(8);
    expect(qs.find((q) => q.status === 'answered')?.answer).toBeTruthy();
    expect(qs.find((q) => q.id === live.highlightedQuestionId)?.status).toBe('open');
    expect(qs.some((q) => q.anonymous && q.publishedAt)).toBe(true);
    const pending = qs.filter((q) => q.status === 'pending');
    expect(pending).toHaveLength(1);
    expect(pending[0]!.publishedAt).toBeNull();
    expect(await database.db.select().from(chatMessages).where(eq(chatMessages.sessionId, live.id))).toHaveLength(6);
  });

  it('has the archived session’s thread in its group’s space: answered questions with answers, then open ones', async () => {
    const archived = sessions.find((s) => s.status === 'archived')!;
    const [thread] = await database.db
      .select({ title: threads.title, groupId: categories.groupId })
      .from(threads)
      .innerJoin(categories, eq(categories.id, threads.categoryId))
      .where(eq(threads.id, archived.archivedThreadId!));
    expect(thread).toMatchObject({ groupId: archived.groupId });
    expect(thread!.title).toContain(archived.title);
    const [opening] = await database.db.select().from(posts).where(eq(posts.threadId, archived.archivedThreadId!));
    expect(opening!.isOpening).toBe(true);
    const body = opening!.body;
    const qs = await questionsOf(archived.id);
    expect(body.indexOf('## Beantwortete Fragen')).toBeLessThan(body.indexOf('## Offene Fragen'));
    for (const q of qs.filter((q) => q.status === 'answered')) {
      expect(body.indexOf(q.answer!.slice(0, 40))).toBeGreaterThan(body.indexOf('## Beantwortete Fragen'));
    }
    expect(body.indexOf('Ordnungsamt oder Stadtplanung')).toBeGreaterThan(body.indexOf('## Offene Fragen'));
    expect(body).not.toContain('nächste Sprechstunde');
  });
});
