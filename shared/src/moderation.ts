import { z } from 'zod';
import { Id } from './common.ts';
import { ModerationEntry } from './live.ts';
import { line } from './text.ts';

/** What the network's moderation log is filtered by: who, what (an action or its prefix, e.g. `thread.`), where, when. */
export const ModerationLogQuery = z
  .object({
    actor: Id.optional(),
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

export const MODERATION_LOG_PER_PAGE = 50;
/** the most rows one CSV export holds */
export const MODERATION_LOG_EXPORT_MAX = 10_000;
