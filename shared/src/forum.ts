import { z } from 'zod';
import { blankToNull, line, markdown } from './text.ts';
import { Attachment, AttachmentIds } from './attachments.ts';
import { Id, Locale, LocalizedText } from './common.ts';
import { GroupRef } from './live.ts';
import { Author } from './users.ts';
import { PracticeMark } from './curation.ts';
import { TopicRef, TopicSlugs } from './topics.ts';

export const Category = z.object({
  /** what `PUT /api/watch` names a category by */
  id: z.number().int(),
  slug: z.string(),
  name: LocalizedText,
  description: LocalizedText,
  threadCount: z.number().int(),
  postCount: z.number().int(),
  lastActivityAt: z.string().nullable(),
});
export type Category = z.infer<typeof Category>;

export const CategoryRef = z.object({ slug: z.string(), name: LocalizedText });
export type CategoryRef = z.infer<typeof CategoryRef>;

export const ThreadKind = z.enum(['discussion', 'question']);
export type ThreadKind = z.infer<typeof ThreadKind>;

export const ThreadSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  title: z.string(),
  category: CategoryRef,
  /** the working group whose private category holds the thread; null for the open forum */
  group: GroupRef.nullable(),
  author: Author,
  createdAt: z.string(),
  lastActivityAt: z.string(),
  replyCount: z.number().int(),
  /** no new replies, but by the thread's moderators */
  locked: z.boolean(),
  /** closed as resolved (locked, with the mark) */
  resolved: z.boolean(),
  /** shown above the other threads (its category's, or every list's when `pinScope` is global) until `pinnedUntil` */
  pinned: z.boolean(),
  pinScope: z.enum(['category', 'global']).nullable(),
  pinnedUntil: z.string().nullable(),
  /** marked as a practice example, with its summary */
  practice: PracticeMark.nullable(),
  /** the network's topics it is about */
  topics: z.array(TopicRef),
  /** a question expects an answer that can be accepted */
  kind: ThreadKind,
  /** the reply accepted as the answer (a question's); null while none is */
  acceptedPostId: z.number().int().nullable(),
  /** posts the receiving member has not read yet (0 for visitors); the opening post counts for a thread never opened */
  unreadCount: z.number().int(),
});
export type ThreadSummary = z.infer<typeof ThreadSummary>;

/** What the receiving person may do with a thread, decided by the server's policy. */
export const ThreadPermissions = z.object({
  canReply: z.boolean(),
  /** lock, unlock, pin in the category, hide replies */
  canModerate: z.boolean(),
  /** pin above every list: network moderators and admins */
  canPinGlobally: z.boolean(),
  /** mark it as a practice example: its moderators */
  canCurate: z.boolean(),
  /** change its title and topics: its author and its moderators */
  canRename: z.boolean(),
  /** accept a reply as the answer (a question's asker, its moderators, a lead of its group) */
  canAccept: z.boolean(),
});
export type ThreadPermissions = z.infer<typeof ThreadPermissions>;

/** A thread's moderation state with the receiver's rights (`GET /api/threads/:id/status`; the thread carries the same). */
export const ThreadStatus = z.object({
  id: z.number().int(),
  /** hidden by moderators or by flags pending review: only its author and moderators see it */
  hidden: z.boolean(),
  locked: z.boolean(),
  resolved: z.boolean(),
  lockReason: z.string().nullable(),
  pinned: z.boolean(),
  pinScope: z.enum(['category', 'global']).nullable(),
  pinnedUntil: z.string().nullable(),
  practice: PracticeMark.nullable(),
  acceptedPostId: z.number().int().nullable(),
  permissions: ThreadPermissions,
});
export type ThreadStatus = z.infer<typeof ThreadStatus>;

/** What the receiving person may do with a post, decided by the server's policy. */
export const PostPermissions = z.object({
  canEdit: z.boolean(),
  canDelete: z.boolean(),
  canHide: z.boolean(),
  /** mark it helpful: members who read it, not on their own replies */
  canMarkHelpful: z.boolean(),
});
export type PostPermissions = z.infer<typeof PostPermissions>;

export const Post = z.object({
  id: z.number().int(),
  threadId: z.number().int(),
  author: Author,
  /** empty once the post is deleted: the thread shows a placeholder */
  body: z.string(),
  bodyHtml: z.string(),
  isOpening: z.boolean(),
  deleted: z.boolean(),
  /** hidden by a moderator: readers get an empty body (a placeholder); the author and moderators the text and `hiddenReason` */
  hidden: z.boolean(),
  hiddenReason: z.string().nullable(),
  createdAt: z.string(),
  editedAt: z.string().nullable(),
  updatedAt: z.string(),
  /** grows with every edit or deletion, so a client keeps the newest copy */
  version: z.number().int(),
  /** the thread's change number at this post's last change (see Thread.seq) */
  seq: z.number().int(),
  /** library documents linked to the post; empty once the post is deleted */
  attachments: z.array(Attachment),
  /** the language it is written in (detected, or chosen in the composer): the page's `lang` for it */
  lang: Locale,
  /** how many members marked it helpful, and whether the receiver did */
  helpfulCount: z.number().int(),
  markedHelpful: z.boolean(),
  /** kept by the receiver (GET /api/me/bookmarks) */
  bookmarked: z.boolean(),
  permissions: PostPermissions,
});
export type Post = z.infer<typeof Post>;

/** seq: the thread's change number when it was read; GET /api/threads/:id/changes?after=seq catches up from there */
export const Thread = ThreadSummary.extend({
  openingPost: Post,
  seq: z.number().int(),
  hidden: z.boolean(),
  lockReason: z.string().nullable(),
  permissions: ThreadPermissions,
});
export type Thread = z.infer<typeof Thread>;

export const PostRevision = z.object({
  body: z.string(),
  bodyHtml: z.string(),
  /** when this version was written */
  createdAt: z.string(),
  editor: Author.nullable(),
});
export type PostRevision = z.infer<typeof PostRevision>;

/** Where a post is shown: its thread and the cursor of the replies page that holds it (null: the first). */
export const PostLocation = z.object({ threadId: z.number().int(), cursor: z.string().nullable() });
export type PostLocation = z.infer<typeof PostLocation>;

export const TITLE_MIN = 5;
export const TITLE_MAX = 160;
export const BODY_MAX = 20000;
const Body = markdown().trim().min(1).max(BODY_MAX);

export const CreateThreadInput = z.object({
  categorySlug: line().min(1).max(100),
  title: line().trim().min(TITLE_MIN).max(TITLE_MAX),
  body: Body,
  attachments: AttachmentIds,
  topics: TopicSlugs,
  kind: ThreadKind.default('discussion'),
  /** the language it is written in; detected when left out */
  lang: Locale.optional(),
});
export type CreateThreadInput = z.infer<typeof CreateThreadInput>;

export const PostInput = z.object({ body: Body, attachments: AttachmentIds, lang: Locale.optional() });
export type PostInput = z.infer<typeof PostInput>;

export const PreviewInput = z.object({ body: markdown().max(BODY_MAX) });
export type PreviewInput = z.infer<typeof PreviewInput>;

/** A category's threads, narrowed to those on a topic (its slug) if given. */
export const ThreadListQuery = z.object({ topic: z.preprocess(blankToNull, line().max(100).nullable().optional()) });
export type ThreadListQuery = z.infer<typeof ThreadListQuery>;

/** `after` (a thread's or post's seq) is exact; `since` (a moment) is kept for older clients. */
export const ChangesQuery = z
  .object({ after: z.coerce.number().int().min(0).max(Number.MAX_SAFE_INTEGER).optional(), since: z.iso.datetime({ offset: true }).optional() })
  .refine((q) => q.after !== undefined || q.since !== undefined, { message: 'Give after (a change number) or since.', path: ['after'] });
export type ChangesQuery = z.infer<typeof ChangesQuery>;

/** Why a moderator did something: shown to the people it concerns and kept in the moderation log. */
export const REASON_MAX = 500;
const Reason = line().trim().max(REASON_MAX);

/** `resolved`: close it as resolved, its question answered */
export const LockInput = z.object({ reason: Reason.optional(), resolved: z.boolean().optional() });
export type LockInput = z.infer<typeof LockInput>;

/** `until`: a day (the pin ends when it ends, network time) or a moment; in the future either way. */
export const PinInput = z.object({
  scope: z.enum(['category', 'global']).default('category'),
  until: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
});
export type PinInput = z.infer<typeof PinInput>;

export const HideInput = z.object({ reason: Reason.optional() });
export type HideInput = z.infer<typeof HideInput>;

/** A thread's title and topics, changed by its author or moderators (`PATCH /api/threads/:id`). */
export const ThreadEditInput = z
  .object({ title: line().trim().min(TITLE_MIN).max(TITLE_MAX).optional(), topics: TopicSlugs.optional() })
  .refine((v) => v.title !== undefined || v.topics !== undefined, { message: 'Give a title or topics.', path: ['title'] });
export type ThreadEditInput = z.infer<typeof ThreadEditInput>;

export const ThreadMoveInput = z.object({ categorySlug: line().min(1).max(100) });
export type ThreadMoveInput = z.infer<typeof ThreadMoveInput>;

export const ThreadMergeInput = z.object({ intoThreadId: Id });
export type ThreadMergeInput = z.infer<typeof ThreadMergeInput>;

/** Replies (not the opening post) that become a new thread with this title; the first of them opens it. */
export const ThreadSplitInput = z.object({
  postIds: z.array(Id).min(1).max(200),
  title: line().trim().min(TITLE_MIN).max(TITLE_MAX),
});
export type ThreadSplitInput = z.infer<typeof ThreadSplitInput>;
