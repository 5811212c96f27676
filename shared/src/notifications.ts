import { z } from 'zod';
import { IdNumber } from './common.ts';
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

/** What a notification is about; each kind will be switchable per channel. */
export const NotificationKind = z.enum(['reply']);
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
