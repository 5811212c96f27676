import type { Question } from '@praxisnetz/shared';
import { authorOf } from '../../users/index.ts';
import type { QuestionRow, QuestionWithAuthor } from './questions.repo.ts';

/** The full copy: what moderators and the asker see. */
export function toQuestion(r: QuestionWithAuthor): Question {
  const q = r.question;
  return {
    id: q.id,
    sessionId: q.sessionId,
    body: q.body,
    anonymous: q.anonymous,
    author: authorOf(r),
    status: q.status,
    voteCount: q.voteCount,
    answer: q.answer,
    answeredAt: q.answeredAt?.toISOString() ?? null,
    dismissReason: q.dismissReason,
    mergedIntoId: q.mergedIntoId,
    forumThreadId: q.forumThreadId,
    createdAt: q.createdAt.toISOString(),
    seq: q.seq,
  };
}

/** The copy for everyone else: no name behind an anonymous question, no reason for a dismissal. */
export const redactQuestion = (q: Question): Question => ({ ...q, author: q.anonymous ? null : q.author, dismissReason: null });

/** The copy the reader may see. */
export function questionFor(r: QuestionWithAuthor, reader: { id: number; moderator: boolean }): Question {
  const full = toQuestion(r);
  return reader.moderator || r.question.authorId === reader.id ? full : redactQuestion(full);
}

/** A locked row with its changed columns: the author stays, the question is the updated one. */
export const withQuestion = (r: QuestionWithAuthor, question: QuestionRow): QuestionWithAuthor => ({ ...r, question });
