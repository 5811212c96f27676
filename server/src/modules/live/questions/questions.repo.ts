import { and, asc, count, eq, getTableColumns, inArray, isNotNull, or, sql } from 'drizzle-orm';
import type { PgUpdateSetSource } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { preparedQuery } from '../../../db/prepared.ts';
import { cities, liveSessions, questions, questionVotes, users } from '../../../db/schema/index.ts';
import { authorColumns, type AuthorColumns } from '../../users/index.ts';

/** Every column but the search vector, which only "asked before?" reads. */
const { searchVector: _vector, ...questionColumns } = getTableColumns(questions);
export type QuestionRow = Omit<typeof questions.$inferSelect, 'searchVector'>;
export type QuestionWithAuthor = { question: QuestionRow } & AuthorColumns;

function selectQuestions(db: Executor) {
  return db
    .select({ question: questionColumns, ...authorColumns })
    .from(questions)
    .innerJoin(users, eq(users.id, questions.authorId))
    .leftJoin(cities, eq(cities.id, users.cityId));
}

/** Published questions still on the board; the asker's own in any state. */
const visibleToParticipant = (userId: number) =>
  or(and(isNotNull(questions.publishedAt), inArray(questions.status, ['open', 'answered'])), eq(questions.authorId, userId));

/** The room's questions as a reader sees them: moderators all, others what visibleToParticipant says. */
export async function listSessionQuestions(db: Executor, sessionId: number, viewer: { moderator: boolean; userId: number }) {
  return selectQuestions(db)
    .where(and(eq(questions.sessionId, sessionId), viewer.moderator ? undefined : visibleToParticipant(viewer.userId)))
    .orderBy(asc(questions.id));
}

/** For the archive: what the room ended with, in the order asked. */
export async function listQuestionsByStatus(db: Executor, sessionId: number, statuses: QuestionRow['status'][]) {
  return db
    .select(questionColumns)
    .from(questions)
    .where(and(eq(questions.sessionId, sessionId), inArray(questions.status, statuses)))
    .orderBy(asc(questions.id));
}

/** A question and the access facts of its session: enough to check rights before any change. */
const questionAccess = preparedQuery((db) =>
  db
    .select({
      question: questionColumns,
      session: {
        id: liveSessions.id,
        groupId: liveSessions.groupId,
        hostId: liveSessions.hostId,
        audience: liveSessions.audience,
        status: liveSessions.status,
        title: liveSessions.title,
        highlightedQuestionId: liveSessions.highlightedQuestionId,
      },
    })
    .from(questions)
    .innerJoin(liveSessions, eq(liveSessions.id, questions.sessionId))
    .where(eq(questions.id, sql.placeholder('id')))
    .prepare('live_question_access'),
);

export async function findQuestionAccess(db: Executor, id: number) {
  const rows = await questionAccess(db).execute({ id });
  return rows[0];
}

/** Locks the question's row for the rest of the transaction: its status and votes change one at a time. */
export async function lockQuestion(db: Executor, id: number): Promise<QuestionWithAuthor | undefined> {
  const rows = await selectQuestions(db).where(eq(questions.id, id)).for('update', { of: questions });
  return rows[0];
}

export async function insertQuestion(db: Executor, row: typeof questions.$inferInsert): Promise<QuestionRow> {
  const rows = await db.insert(questions).values(row).returning(questionColumns);
  return rows[0]!;
}

export async function updateQuestion(db: Executor, id: number, patch: PgUpdateSetSource<typeof questions>): Promise<QuestionRow> {
  const rows = await db.update(questions).set(patch).where(eq(questions.id, id)).returning(questionColumns);
  return rows[0]!;
}

/** true when the vote is new: the primary key keeps one vote per person. */
export async function addVote(db: Executor, questionId: number, userId: number): Promise<boolean> {
  const rows = await db
    .insert(questionVotes)
    .values({ questionId, userId })
    .onConflictDoNothing()
    .returning({ questionId: questionVotes.questionId });
  return rows.length > 0;
}

/** true when there was a vote to take back. */
export async function removeVote(db: Executor, questionId: number, userId: number): Promise<boolean> {
  const rows = await db
    .delete(questionVotes)
    .where(and(eq(questionVotes.questionId, questionId), eq(questionVotes.userId, userId)))
    .returning({ questionId: questionVotes.questionId });
  return rows.length > 0;
}

/** Gives the target every voter of the source it does not have yet; returns the target's voter count. */
export async function mergeVotes(db: Executor, sourceId: number, targetId: number): Promise<number> {
  await db
    .insert(questionVotes)
    .select(
      db
        .select({ questionId: sql<number>`${targetId}::int`.as('question_id'), userId: questionVotes.userId, createdAt: questionVotes.createdAt })
        .from(questionVotes)
        .where(eq(questionVotes.questionId, sourceId)),
    )
    .onConflictDoNothing();
  const [row] = await db.select({ n: count() }).from(questionVotes).where(eq(questionVotes.questionId, targetId));
  return row!.n;
}

const votesOfUser = preparedQuery((db) =>
  db
    .select({ questionId: questionVotes.questionId })
    .from(questionVotes)
    .innerJoin(questions, eq(questions.id, questionVotes.questionId))
    .where(and(eq(questionVotes.userId, sql.placeholder('userId')), eq(questions.sessionId, sql.placeholder('sessionId'))))
    .prepare('live_votes_of_user'),
);

/** The ids of the room's questions the person has upvoted. */
export async function listMyVotes(db: Executor, sessionId: number, userId: number): Promise<number[]> {
  const rows = await votesOfUser(db).execute({ sessionId, userId });
  return rows.map((r) => r.questionId).sort((a, b) => a - b);
}
