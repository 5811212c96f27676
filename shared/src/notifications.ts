import { z } from 'zod';
import { Id, IdNumber } from './common.ts';
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
 * (`@[Name](/users/id)`), a reply that quotes one of their posts. Of these for one post a member
 * hears once, of the first that applies: mention, quote, reply.
 */
export const NotificationKind = z.enum(['reply', 'mention', 'quote']);
export type NotificationKind = z.infer<typeof NotificationKind>;

export const Notification = z.object({
  id: z.number().int(),
  kind: NotificationKind,
  /** replies collapsed into this entry since the member last looked ("4 new replies in …") */
  count: z.number().int(),
  thread: z.object({ id: z.number().int(), slug: z.string(), title: z.string() }),
  /** the first post the entry is about: its link leads there */
  postId: z.number().int(),
  /** who wrote the latest of them */
  actor: Author,
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
    q: z.string().trim().min(1).max(60),
    /** a reply or an edit in this thread */
    thread: Id.optional(),
    /** a new thread in this category */
    category: z.string().min(1).max(200).optional(),
  })
  .refine((v) => (v.thread === undefined) !== (v.category === undefined), { message: 'Give either thread or category.', path: ['thread'] });
export type MentionQuery = z.infer<typeof MentionQuery>;
export const MENTION_SUGGESTIONS = 8;
