import type { ChatMessage, LiveSession, ModerationEntry, Question } from '@praxisnetz/shared';
import type { CityRow } from '../cities/cities.repo.ts';
import type { UserRow } from '../users/users.repo.ts';
import { toAuthor } from '../users/users.mapper.ts';
import { authorOf } from '../forum/forum.mapper.ts';
import type { ModerationRow } from '../moderation/moderation-log.repo.ts';
import type { ChatWithAuthor } from './chat.repo.ts';
import type { QuestionRow, QuestionWithAuthor } from './questions.repo.ts';
import type { SessionWithRefs } from './sessions.repo.ts';

export function toSession(r: SessionWithRefs): LiveSession {
  const s = r.session;
  return {
    id: s.id,
    group: r.group,
    host: authorOf(r),
    title: s.title,
    description: s.description,
    startsAt: s.startsAt.toISOString(),
    endsAt: s.endsAt.toISOString(),
    audience: s.audience,
    status: s.status,
    premoderation: s.premoderation,
    highlightedQuestionId: s.highlightedQuestionId,
    archivedThreadId: s.archivedThreadId,
    seq: s.seq,
  };
}

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

export function toChatMessage(r: ChatWithAuthor): ChatMessage {
  return {
    id: r.message.id,
    sessionId: r.message.sessionId,
    author: authorOf(r),
    body: r.message.body,
    createdAt: r.message.createdAt.toISOString(),
  };
}

const cityRef = (c: CityRow | null) => (c ? { slug: c.slug, name: c.name } : null);

export function toModerationEntry(r: {
  entry: ModerationRow;
  actor: UserRow;
  actorCity: CityRow | null;
  target: UserRow | null;
  targetCity: CityRow | null;
}): ModerationEntry {
  return {
    id: r.entry.id,
    actor: toAuthor({ ...r.actor, city: cityRef(r.actorCity) }),
    action: r.entry.action,
    questionId: r.entry.questionId,
    targetUser: r.target ? toAuthor({ ...r.target, city: cityRef(r.targetCity) }) : null,
    details: r.entry.details as Record<string, unknown>,
    createdAt: r.entry.createdAt.toISOString(),
  };
}
