import { z } from 'zod';
import { Id } from './common.ts';
import { line } from './text.ts';
import { Author } from './users.ts';

/** What members flag: a post, a thread, a library document, a live question. */
export const FLAG_TARGETS = ['post', 'thread', 'document', 'question'] as const;
export const FlagTarget = z.enum(FLAG_TARGETS);
export type FlagTarget = z.infer<typeof FlagTarget>;

export const FLAG_REASONS = ['personal_data', 'off_topic', 'inappropriate', 'spam', 'outdated', 'other'] as const;
export const FlagReason = z.enum(FLAG_REASONS);
export type FlagReason = z.infer<typeof FlagReason>;

export const FLAG_NOTE_MAX = 500;

/** A flag: "other" needs a note saying what is wrong. */
export const FlagInput = z
  .object({ targetType: FlagTarget, targetId: Id, reason: FlagReason, note: line().trim().max(FLAG_NOTE_MAX).optional() })
  .refine((f) => f.reason !== 'other' || (f.note ?? '').length > 0, { message: 'Say what is wrong.', path: ['note'] });
export type FlagInput = z.infer<typeof FlagInput>;

/** keep: the flags were unfounded; hide: readers see a placeholder; delete: the item is removed. */
export const FlagOutcome = z.enum(['keep', 'hide', 'delete']);
export type FlagOutcome = z.infer<typeof FlagOutcome>;

/** A decision; `warn` also sends the author a warning, whose words are the note. */
export const ResolveFlagFields = z.object({ outcome: FlagOutcome, note: line().trim().max(FLAG_NOTE_MAX).optional(), warn: z.boolean().optional() });
/** A warning says why. */
export const warningHasNote: [(r: { warn?: boolean; note?: string }) => boolean, { message: string; path: string[] }] = [
  (r) => !r.warn || (r.note ?? '').length > 0,
  { message: 'Say what the warning is about.', path: ['note'] },
];
export const ResolveFlagInput = ResolveFlagFields.refine(...warningHasNote);
export type ResolveFlagInput = z.infer<typeof ResolveFlagInput>;

export const FlagStatus = z.enum(['open', 'resolved']);
export type FlagStatus = z.infer<typeof FlagStatus>;

export const FlagQueueQuery = z.object({ status: FlagStatus.default('open') });

/** The flagged item as the reviewer sees it: enough to judge it in context. */
export const FlaggedItem = z.object({
  type: FlagTarget,
  id: z.number().int(),
  /** the thread's title, the post's thread's title, the document's or the question's session's title */
  title: z.string(),
  /** the text in question (a post's or question's body, a document's description) */
  excerpt: z.string(),
  author: Author.nullable(),
  /** the page that shows it */
  href: z.string(),
  hidden: z.boolean(),
  deleted: z.boolean(),
  /** the group whose space holds it; null for the open network */
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
});
export type FlaggedItem = z.infer<typeof FlaggedItem>;

export const Flag = z.object({
  id: z.number().int(),
  reason: FlagReason,
  note: z.string().nullable(),
  reporter: Author,
  createdAt: z.string(),
  status: FlagStatus,
  outcome: FlagOutcome.nullable(),
  resolutionNote: z.string().nullable(),
  resolvedAt: z.string().nullable(),
});
export type Flag = z.infer<typeof Flag>;

/** One item of the review queue with all its flags, and what its author did before. */
export const FlagQueueItem = z.object({
  item: FlaggedItem,
  flags: z.array(Flag),
  /** what the reviewer may do with this kind of item */
  outcomes: z.array(FlagOutcome),
  /** the author's record: posts written, and earlier flags upheld (hidden or deleted) */
  authorHistory: z.object({ posts: z.number().int(), upheldFlags: z.number().int() }).nullable(),
  permissions: z.object({
    /** send the author a warning with the decision */
    canWarn: z.boolean(),
    /** open the author's account record to suspend them (network moderators, for members' accounts) */
    canSuspendAuthor: z.boolean(),
  }),
});
export type FlagQueueItem = z.infer<typeof FlagQueueItem>;

/** A member's own flag, with the outcome once reviewed. */
export const MyFlag = Flag.omit({ reporter: true }).extend({ item: FlaggedItem.pick({ type: true, id: true, title: true, href: true }) });
export type MyFlag = z.infer<typeof MyFlag>;
