import { z } from 'zod';
import { Locale } from './common.ts';
import { blankToUndefined, line, markdown } from './text.ts';
import { BODY_MAX, TITLE_MAX } from './forum.ts';
import { Author, LanguageCode } from './users.ts';
import { TopicRef } from './topics.ts';

/** GET /api/questions: questions by status (unanswered first by default), narrowed by topic, city, group, language. */
export const QuestionsQuery = z.object({
  status: z.preprocess(blankToUndefined, z.enum(['unanswered', 'answered', 'all']).default('unanswered')),
  topic: z.preprocess(blankToUndefined, line().max(100).optional()),
  /** the asker's city */
  city: z.preprocess(blankToUndefined, line().max(100).optional()),
  /** a working group's slug: the questions in its category */
  group: z.preprocess(blankToUndefined, line().max(100).optional()),
  lang: z.preprocess(blankToUndefined, Locale.optional()),
  /** only questions on the receiver's fields of expertise */
  mine: z.preprocess((v) => v === '1' || v === 'true' || v === true, z.boolean()).optional(),
  /** only questions suggested to the receiver (routing by expertise) */
  suggested: z.preprocess((v) => v === '1' || v === 'true' || v === true, z.boolean()).optional(),
  cursor: z.preprocess(blankToUndefined, line().max(200).optional()),
});
export type QuestionsQuery = z.infer<typeof QuestionsQuery>;

/** A card in the member directory. */
export const MemberCard = Author.extend({ office: z.string(), expertise: z.array(TopicRef), languages: z.array(z.string()) });
export type MemberCard = z.infer<typeof MemberCard>;

/** GET /api/members: by a part of the name, city, topic of expertise and language spoken; by name. */
export const MembersQuery = z.object({
  q: z.preprocess(blankToUndefined, line().trim().max(100).optional()),
  city: z.preprocess(blankToUndefined, line().max(100).optional()),
  expertise: z.preprocess(blankToUndefined, line().max(100).optional()),
  language: z.preprocess(blankToUndefined, LanguageCode.optional()),
  cursor: z.preprocess(blankToUndefined, line().max(200).optional()),
});
export type MembersQuery = z.infer<typeof MembersQuery>;
export const MEMBERS_PER_PAGE = 30;

/** A composer's draft key: a reply to a thread, a new thread, an edit of a post. */
export const DraftKey = z.string().regex(/^(reply:[1-9]\d{0,9}|thread:new|edit:[1-9]\d{0,9})$/, 'Use reply:<thread>, thread:new or edit:<post>.');
export type DraftKey = z.infer<typeof DraftKey>;

export const DraftInput = z.object({ body: markdown().max(BODY_MAX), title: line().max(TITLE_MAX).default('') });
export type DraftInput = z.infer<typeof DraftInput>;

export const Draft = z.object({ key: z.string(), body: z.string(), title: z.string(), updatedAt: z.string() });
export type Draft = z.infer<typeof Draft>;

export const BOOKMARK_NOTE_MAX = 300;
export const BookmarkInput = z.object({ note: line().trim().max(BOOKMARK_NOTE_MAX).default('') });
export type BookmarkInput = z.infer<typeof BookmarkInput>;

export const Bookmark = z.object({
  postId: z.number().int(),
  threadId: z.number().int(),
  threadTitle: z.string(),
  author: Author,
  /** the post's text, shortened */
  excerpt: z.string(),
  note: z.string(),
  createdAt: z.string(),
});
export type Bookmark = z.infer<typeof Bookmark>;

/** A reply's helpful marks after a change, as a page shows them live (`post:helpful`). */
export const HelpfulCount = z.object({ postId: z.number().int(), threadId: z.number().int(), helpfulCount: z.number().int() });
export type HelpfulCount = z.infer<typeof HelpfulCount>;

/** POST /api/posts/:id/accept: `threadId`, if given, must be the reply's thread. */
export const AcceptInput = z.object({ threadId: z.coerce.number().int().positive().optional() });
export type AcceptInput = z.infer<typeof AcceptInput>;
