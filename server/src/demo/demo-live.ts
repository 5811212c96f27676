import { eq } from 'drizzle-orm';
import { detectLanguage } from '../lib/language.ts';
import { archiveThread } from '../modules/live/sessions/archive-text.ts';
import { listQuestionsByStatus } from '../modules/live/questions/questions.repo.ts';
import type { Db, Tx } from '../db/client.ts';
import { categories, chatMessages, groups, liveSessions, moderationLog, posts, questions, questionVotes } from '../db/schema/index.ts';
import type { SeededForum } from './demo-groups.ts';
import { type DemoQuestion, type DemoSession, demoSessions } from './content/live-sessions.ts';
import { insertDemoThread } from './demo-threads.ts';

const MINUTE = 60 * 1000;
const DAY = 24 * 60 * MINUTE;

type Seeded = SeededForum & { groupIds: Map<string, number> };

/** The start: `startsIn` minutes from now, moved to a full hour for sessions people scheduled ahead. */
function startOf(s: DemoSession, now: Date): Date {
  const start = new Date(now.getTime() + s.startsIn * MINUTE);
  if (s.hourUtc !== undefined) start.setUTCHours(s.hourUtc, 0, 0, 0);
  return start;
}

/** Never later than now: a question "sent" in a session's future was sent a minute ago. */
const notAfter = (at: number, now: Date) => new Date(Math.min(at, now.getTime() - MINUTE));

/**
 * The demo live sessions: an archived one five weeks ago (with its archive thread), one running
 * now, two ahead. Rows are written as the room would have written them: each change takes the
 * room's next seq, vote counts are their votes' number, moderators' actions are logged.
 */
export async function seedDemoLive(db: Db, seeded: Seeded, now: Date): Promise<void> {
  if (!seeded.groupIds.size) return;
  for (const s of demoSessions) await seedSession(db, seeded, s, now);
}

async function seedSession(db: Db, seeded: Seeded, s: DemoSession, now: Date) {
  const user = (key: string) => seeded.userIds.get(key)!;
  const groupId = seeded.groupIds.get(s.groupKey)!;
  const hostId = user(s.hostKey);
  const startsAt = startOf(s, now);
  const endsAt = new Date(startsAt.getTime() + s.minutes * MINUTE);
  const at = (minute: number) => notAfter(startsAt.getTime() + minute * MINUTE, now);
  const started = s.status !== 'scheduled';
  const ended = s.status === 'archived';

  const sessionId = await db.transaction(async (tx) => {
    const createdAt = new Date(Math.min(startsAt.getTime(), now.getTime()) - 14 * DAY);
    const [row] = await tx
      .insert(liveSessions)
      .values({
        groupId,
        hostId,
        title: s.title,
        description: s.description,
        startsAt,
        endsAt,
        audience: s.audience,
        status: s.status === 'archived' ? 'ended' : s.status,
        createdAt,
        startedAt: started ? startsAt : null,
        endedAt: ended ? endsAt : null,
      })
      .returning({ id: liveSessions.id });
    const id = row!.id;
    const log = (action: string, when: Date, extra: Partial<typeof moderationLog.$inferInsert> = {}) =>
      tx.insert(moderationLog).values({ actorId: hostId, action, groupId, sessionId: id, createdAt: when, ...extra });
    await log('session.create', createdAt);
    if (started) await log('session.start', startsAt);

    let seq = 0;
    let highlighted: number | null = null;
    for (const q of s.questions) {
      const questionId = await seedQuestion(tx, id, q, { user, at, next: () => ++seq, log });
      if (q.highlighted) {
        highlighted = questionId;
        await tx.update(questions).set({ seq: ++seq }).where(eq(questions.id, questionId));
        await log('question.highlight', at(q.minute + 1), { questionId });
      }
    }
    if (s.chat.length) {
      await tx
        .insert(chatMessages)
        .values(s.chat.map((c) => ({ sessionId: id, authorId: user(c.authorKey), body: c.body, createdAt: at(c.minute) })));
    }
    if (ended) await log('session.end', endsAt);
    await tx.update(liveSessions).set({ seq, highlightedQuestionId: highlighted }).where(eq(liveSessions.id, id));
    return id;
  });

  if (s.status === 'archived') await archive(db, seeded, { id: sessionId, groupId, hostKey: s.hostKey, title: s.title, startsAt, endsAt }, now);
}

/** One question, its votes and what moderators did with it; each change takes the room's next seq. */
async function seedQuestion(
  tx: Tx,
  sessionId: number,
  q: DemoQuestion,
  c: {
    user: (key: string) => number;
    at: (minute: number) => Date;
    next: () => number;
    log: (action: string, when: Date, extra: Partial<typeof moderationLog.$inferInsert>) => Promise<unknown>;
  },
): Promise<number> {
  const status = q.status ?? (q.answer ? 'answered' : 'open');
  const askedAt = c.at(q.minute);
  let seq = c.next();
  const [row] = await tx
    .insert(questions)
    .values({
      sessionId,
      authorId: c.user(q.authorKey),
      body: q.body,
      anonymous: q.anonymous ?? false,
      status: 'open',
      publishedAt: status === 'pending' ? null : askedAt,
      language: detectLanguage(q.body, 'de'),
      createdAt: askedAt,
    })
    .returning({ id: questions.id });
  const id = row!.id;
  if (q.voters.length) {
    await tx.insert(questionVotes).values(q.voters.map((key, i) => ({ questionId: id, userId: c.user(key), createdAt: c.at(q.minute + i + 1) })));
  }
  // Each vote was a change of the room.
  for (let i = 0; i < q.voters.length; i++) seq = c.next();
  const doneAt = c.at(q.minute + q.voters.length + 3);
  if (status === 'answered') {
    seq = c.next();
    await c.log('question.answer', doneAt, { questionId: id });
  } else if (status === 'dismissed') {
    seq = c.next();
    await c.log('question.dismiss', doneAt, { questionId: id, targetUserId: c.user(q.authorKey), details: { reason: q.dismissReason } });
  }
  await tx
    .update(questions)
    .set({
      status,
      voteCount: q.voters.length,
      answer: q.answer ?? null,
      answeredAt: status === 'answered' ? doneAt : null,
      dismissReason: q.dismissReason ?? null,
      seq,
    })
    .where(eq(questions.id, id));
  return id;
}

/** ended → archived, as the host would: the archive thread in the group's own category. */
async function archive(
  db: Db,
  seeded: Seeded,
  s: { id: number; groupId: number; hostKey: string; title: string; startsAt: Date; endsAt: Date },
  now: Date,
) {
  const [group] = await db
    .select({ name: groups.name, categoryId: categories.id })
    .from(groups)
    .innerJoin(categories, eq(categories.groupId, groups.id))
    .where(eq(groups.id, s.groupId));
  const [answered, open] = await Promise.all([listQuestionsByStatus(db, s.id, ['answered']), listQuestionsByStatus(db, s.id, ['open'])]);
  const text = archiveThread({ title: s.title, groupName: group!.name, startsAt: s.startsAt }, answered, open, 'de');
  const archivedAt = new Date(s.endsAt.getTime() + 30 * MINUTE);
  await db.transaction(async (tx) => {
    const openingPostId = await insertDemoThread(
      tx,
      { authorKey: s.hostKey, daysAgo: (now.getTime() - archivedAt.getTime()) / DAY, title: text.title, body: text.body, replies: [] },
      group!.categoryId,
      seeded.userIds,
      now,
    );
    const [{ threadId }] = (await tx.select({ threadId: posts.threadId }).from(posts).where(eq(posts.id, openingPostId))) as [{ threadId: number }];
    await tx.update(liveSessions).set({ status: 'archived', archivedThreadId: threadId }).where(eq(liveSessions.id, s.id));
    await tx.insert(moderationLog).values({
      actorId: seeded.userIds.get(s.hostKey)!,
      action: 'session.archive',
      groupId: s.groupId,
      sessionId: s.id,
      details: { threadId },
      createdAt: archivedAt,
    });
  });
}
