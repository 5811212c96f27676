import { z } from 'zod';
import { Id, IdNumber } from './common.ts';
import { line, text } from './text.ts';
import { Author } from './users.ts';

export const SessionAudience = z.enum(['group', 'network']);
export type SessionAudience = z.infer<typeof SessionAudience>;
export const SessionStatus = z.enum(['scheduled', 'live', 'ended', 'archived']);
export type SessionStatus = z.infer<typeof SessionStatus>;

export const GroupRef = z.object({ id: z.number().int(), slug: z.string(), name: z.string() });
export type GroupRef = z.infer<typeof GroupRef>;

export const LiveSession = z.object({
  id: z.number().int(),
  group: GroupRef,
  host: Author,
  title: z.string(),
  description: z.string(),
  startsAt: z.string(),
  endsAt: z.string(),
  audience: SessionAudience,
  status: SessionStatus,
  premoderation: z.boolean(),
  highlightedQuestionId: z.number().int().nullable(),
  archivedThreadId: z.number().int().nullable(),
  /** the room's change counter when this copy was made: the higher copy is the newer */
  seq: z.number().int(),
});
export type LiveSession = z.infer<typeof LiveSession>;

/** 'pending' waits for a moderator's approval; 'merged' lives on in mergedIntoId. */
export const QuestionStatus = z.enum(['pending', 'open', 'answered', 'dismissed', 'merged']);
export type QuestionStatus = z.infer<typeof QuestionStatus>;

export const Question = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  body: z.string(),
  anonymous: z.boolean(),
  /** null when the question is anonymous and the reader is neither its asker nor a moderator */
  author: Author.nullable(),
  status: QuestionStatus,
  voteCount: z.number().int(),
  answer: z.string().nullable(),
  answeredAt: z.string().nullable(),
  /** only the asker and moderators see why a question was dismissed */
  dismissReason: z.string().nullable(),
  mergedIntoId: z.number().int().nullable(),
  forumThreadId: z.number().int().nullable(),
  createdAt: z.string(),
  /** the room's change counter when the question last changed */
  seq: z.number().int(),
});
export type Question = z.infer<typeof Question>;

/**
 * A question's new vote count. Votes are the busiest change in a room and every participant sees
 * them alike, so they travel as this small fact instead of the whole question.
 */
export const VoteCount = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  voteCount: z.number().int(),
  seq: z.number().int(),
});
export type VoteCount = z.infer<typeof VoteCount>;

export const ChatMessage = z.object({
  id: z.number().int(),
  sessionId: z.number().int(),
  author: Author,
  body: z.string(),
  createdAt: z.string(),
});
export type ChatMessage = z.infer<typeof ChatMessage>;

export const Presence = z.object({ sessionId: z.number().int(), participants: z.number().int() });
export type Presence = z.infer<typeof Presence>;

/** Everything a participant's room shows, as one snapshot: what live:join and GET /state answer. */
export const LiveState = z.object({
  session: LiveSession,
  /** what the reader may see: moderators every question, others the published ones and their own */
  questions: z.array(Question),
  /** ids of the questions the reader has upvoted */
  myVotes: z.array(z.number().int()),
  /** the newest messages, oldest first */
  chat: z.array(ChatMessage),
  participants: z.number().int(),
  /** the reader hosts or moderates the room */
  canModerate: z.boolean(),
});
export type LiveState = z.infer<typeof LiveState>;

export const QUESTION_MAX = 500;
export const CHAT_MAX = 500;
export const ANSWER_MAX = 2000;
export const DISMISS_REASON_MAX = 300;
export const SESSION_TITLE_MAX = 160;
export const SESSION_DESCRIPTION_MAX = 5000;

const SessionFields = z.object({
  title: line().trim().min(5).max(SESSION_TITLE_MAX),
  description: text().trim().max(SESSION_DESCRIPTION_MAX).default(''),
  startsAt: z.iso.datetime({ offset: true }),
  endsAt: z.iso.datetime({ offset: true }),
  audience: SessionAudience,
});
const endsAfterStart = (s: { startsAt: string; endsAt: string }) => new Date(s.endsAt) > new Date(s.startsAt);
const endsAfterStartIssue = { message: 'The end must be after the start.', path: ['endsAt'] };

export const CreateSessionInput = SessionFields.refine(endsAfterStart, endsAfterStartIssue);
export type CreateSessionInput = z.infer<typeof CreateSessionInput>;

/** Changes what is given (an absent description stays as it is); premoderation switches the approval queue on or off. */
export const UpdateSessionInput = SessionFields.extend({ description: text().trim().max(SESSION_DESCRIPTION_MAX) })
  .partial()
  .extend({ premoderation: z.boolean().optional() })
  .refine((s) => !s.startsAt || !s.endsAt || endsAfterStart({ startsAt: s.startsAt, endsAt: s.endsAt }), endsAfterStartIssue);
export type UpdateSessionInput = z.infer<typeof UpdateSessionInput>;

/** GET /api/sessions: upcoming (scheduled or live, soonest first) or past (ended or archived, latest first). */
export const SessionListQuery = z.object({
  scope: z.enum(['upcoming', 'past', 'all']).default('upcoming'),
  group: Id.optional(),
  /** a part of the title or description */
  q: line().trim().max(200).optional(),
});
export type SessionListQuery = z.infer<typeof SessionListQuery>;

export const QuestionInput = z.object({
  body: text().trim().min(1).max(QUESTION_MAX),
  anonymous: z.boolean().default(false),
});
export type QuestionInput = z.infer<typeof QuestionInput>;

export const AnswerInput = z.object({ answer: text().trim().max(ANSWER_MAX).default('') });
export type AnswerInput = z.infer<typeof AnswerInput>;

export const DismissInput = z.object({ reason: text().trim().min(1).max(DISMISS_REASON_MAX) });
export type DismissInput = z.infer<typeof DismissInput>;

/** POST /api/questions/:id/merge folds question :id into intoId: votes combined, :id becomes 'merged'. */
export const MergeInput = z.object({ intoId: IdNumber });
export type MergeInput = z.infer<typeof MergeInput>;

export const ChatInput = z.object({ body: text().trim().min(1).max(CHAT_MAX) });
export type ChatInput = z.infer<typeof ChatInput>;

/** Where an archive or an open forum question goes: a category's slug, or the group's own space when absent. */
export const ArchiveInput = z.object({ categorySlug: line().min(1).max(100).optional() });
export type ArchiveInput = z.infer<typeof ArchiveInput>;

/** "Asked before?": similar questions of this and earlier sessions, and forum threads. */
/**
 * What the asker is typing; control characters carry no words and cannot travel to PostgreSQL.
 * As long as a question may be, since the whole draft is compared.
 */
export const SimilarInput = z.object({
  q: z
    .string()
    .transform((q) => q.toWellFormed().normalize('NFC').replace(/[\u0000-\u001f\u007f-\u009f]+/g, ' ').trim())
    .pipe(z.string().min(3).max(QUESTION_MAX)),
});

export const SimilarResult = z.object({
  questions: z.array(
    z.object({
      id: z.number().int(),
      sessionId: z.number().int(),
      sessionTitle: z.string(),
      body: z.string(),
      status: QuestionStatus,
      answer: z.string().nullable(),
    }),
  ),
  threads: z.array(z.object({ id: z.number().int(), title: z.string() })),
});
export type SimilarResult = z.infer<typeof SimilarResult>;

export const ModerationEntry = z.object({
  id: z.number().int(),
  actor: Author,
  action: z.string(),
  questionId: z.number().int().nullable(),
  targetUser: Author.nullable(),
  details: z.record(z.string(), z.unknown()),
  createdAt: z.string(),
});
export type ModerationEntry = z.infer<typeof ModerationEntry>;
