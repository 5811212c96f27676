import { z } from 'zod';
import { Id, IdNumber } from './common.ts';
import { line } from './text.ts';
import { Author } from './users.ts';

/**
 * How closely a member follows a thread, a category or a working group: watching (told of every
 * reply), tracking (counted, not told), normal, muted (never told, whatever else says so).
 */
export const WatchLevel = z.enum(['watching', 'tracking', 'normal', 'muted']);
export type WatchLevel = z.infer<typeof WatchLevel>;
export const WatchTarget = z.enum(['thread', 'category', 'group']);
export type WatchTarget = z.infer<typeof WatchTarget>;

export const WatchInput = z.object({ target: WatchTarget, id: IdNumber, level: WatchLevel });
export type WatchInput = z.infer<typeof WatchInput>;

/**
 * What a notification is about: a reply in a thread the member follows, a post that mentions them
 * (`@[Name](/users/id)`), a reply that quotes one of their posts — of these for one post a member
 * hears once, of the first that applies: mention, quote, reply; an invitation to a working group
 * and being let in; a new document in one of their groups; a session of their group starting in
 * 15 minutes and going live; their live question answered or turned into a thread; their account
 * approved; (staff) an account awaiting approval.
 */
export const POST_KINDS = ['reply', 'mention', 'quote'] as const;
/** A member's flag was reviewed; moderators hid or removed something the member wrote. */
export const MODERATION_KINDS = ['flag_resolved', 'content_hidden', 'content_removed', 'content_warning'] as const;
export type PostKind = (typeof POST_KINDS)[number];
export const NOTIFICATION_KINDS = [
  ...POST_KINDS,
  'group_invitation',
  'group_approved',
  'group_document',
  'session_soon',
  'session_live',
  'question_answered',
  'question_thread',
  'question_for_you',
  'account_approved',
  'account_pending',
  'barrier_report',
  'membership_application',
  'practice_reviewed',
  'data_export_ready',
  ...MODERATION_KINDS,
] as const;
export const NotificationKind = z.enum(NOTIFICATION_KINDS);
/** The kinds that are not about a post. */
export type EventKind = Exclude<(typeof NOTIFICATION_KINDS)[number], PostKind>;
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: z.number().int(),
  kind: NotificationKind,
  /** posts collapsed into this entry since the member last looked ("4 new replies in …") */
  count: z.number().int(),
  /** for a thread the member only tracks: listed, not counted in the bell, never mailed */
  quiet: z.boolean(),
  /** what the entry is about; only what its kind names is set */
  thread: z.object({ id: z.number().int(), slug: z.string(), title: z.string() }).nullable(),
  /** the first post the entry is about */
  postId: z.number().int().nullable(),
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  session: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  document: z.object({ id: z.number().int(), title: z.string() }).nullable(),
  /** the account awaiting approval */
  subject: Author.nullable(),
  /** who did it (wrote the latest post, invited, approved); none for reminders */
  actor: Author.nullable(),
  /** the page the entry leads to */
  href: z.string(),
  createdAt: z.string(),
  updatedAt: z.string(),
  readAt: z.string().nullable(),
});
export type Notification = z.infer<typeof Notification>;

export const NOTIFICATIONS_PER_PAGE = 20;

/** `{ids}` marks those entries read, `{all: true}` every entry. */
export const MarkReadInput = z.union([
  z.object({ ids: z.array(IdNumber).min(1).max(100) }).strict(),
  z.object({ all: z.literal(true) }).strict(),
]);
export type MarkReadInput = z.infer<typeof MarkReadInput>;

/** Who the composer offers after `@`: people who may read where the post is written. */
export const MentionQuery = z
  .object({
    q: line().trim().min(1).max(60),
    /** a reply or an edit in this thread */
    thread: Id.optional(),
    /** a new thread in this category */
    category: line().min(1).max(200).optional(),
  })
  .refine((v) => (v.thread === undefined) !== (v.category === undefined), { message: 'Give either thread or category.', path: ['thread'] });
export type MentionQuery = z.infer<typeof MentionQuery>;
export const MENTION_SUGGESTIONS = 8;
