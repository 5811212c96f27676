import { z } from 'zod';
import { Id } from './common.ts';
import { ModerationEntry } from './live.ts';
import { line } from './text.ts';
import { User } from './users.ts';

/** What the network's moderation log is filtered by: who, what (an action or its prefix, e.g. `thread.`), where, when. */
export const ModerationLogQuery = z
  .object({
    actor: Id.optional(),
    /** the account an entry concerned */
    target: Id.optional(),
    action: line().trim().max(60).optional(),
    group: Id.optional(),
    thread: Id.optional(),
    /** days, both included, in network time */
    from: z.iso.date().optional(),
    to: z.iso.date().optional(),
    cursor: line().max(200).optional(),
  })
  .refine((q) => !q.from || !q.to || q.from <= q.to, { message: 'The first day must not come after the last.', path: ['to'] });
export type ModerationLogQuery = z.infer<typeof ModerationLogQuery>;

/** What undoing an entry does, when it can be undone now by the reader of the log. */
export const UndoAction = z.enum(['thread.unlock', 'thread.unpin', 'post.unhide', 'thread.move_back']);
export type UndoAction = z.infer<typeof UndoAction>;

/** An entry of the network's moderation log: who did what, to whom, where, and why (`details`). */
export const LogEntry = ModerationEntry.extend({
  group: z.object({ id: z.number().int(), name: z.string() }).nullable(),
  threadId: z.number().int().nullable(),
  postId: z.number().int().nullable(),
  sessionId: z.number().int().nullable(),
  undo: UndoAction.nullable(),
});
export type LogEntry = z.infer<typeof LogEntry>;

/** An account as the staff look after it: what they may do with it, and its record. */
export const AccountRecord = z.object({
  user: User,
  permissions: z.object({ canSuspend: z.boolean(), canSetRole: z.boolean(), canSendReset: z.boolean() }),
  posts: z.array(
    z.object({ id: z.number().int(), threadId: z.number().int(), threadTitle: z.string(), excerpt: z.string(), createdAt: z.string(), hidden: z.boolean(), deleted: z.boolean() }),
  ),
  flags: z.array(
    z.object({ targetType: z.string(), targetId: z.number().int(), reason: z.string(), status: z.string(), outcome: z.string().nullable(), createdAt: z.string() }),
  ),
  log: z.array(LogEntry),
});
export type AccountRecord = z.infer<typeof AccountRecord>;

export const MODERATION_LOG_PER_PAGE = 50;
/** the most rows one CSV export holds */
export const MODERATION_LOG_EXPORT_MAX = 10_000;

/** What moderators did about a member's own posts and account, as the member sees it (moderators unnamed). */
export const ModerationNotice = z.object({
  id: z.number().int(),
  kind: z.enum(['warned', 'hidden', 'removed', 'unhidden', 'suspended', 'reinstated']),
  reason: z.string().nullable(),
  /** the thread or post it concerned, when there is one */
  threadId: z.number().int().nullable(),
  postId: z.number().int().nullable(),
  createdAt: z.string(),
});
export type ModerationNotice = z.infer<typeof ModerationNotice>;
