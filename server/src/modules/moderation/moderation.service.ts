import { type AccountRecord, type LogEntry, type ModerationNotice, MODERATION_LOG_EXPORT_MAX, MODERATION_LOG_PER_PAGE, ModerationLogQuery, type Page, type UndoAction } from '@praxisnetz/shared';
import Papa from 'papaparse';
import type { Db } from '../../db/client.ts';
import { decodeCursor, encodeCursor, isIdKey } from '../../lib/cursor.ts';
import { NotFound } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { type Actor, isAdmin, keepsAccount, moderatedSpaceSql, requireMember, requireStaff } from '../../policy/index.ts';
import { moderationLog } from '../../db/schema/index.ts';
import { findUserById, toAuthor, toUser } from '../users/index.ts';
import { findModerationEntry, flagsAgainst, type LogFilters, type LogRow, listModerationLog, logAbout, noticesFor, recentPostsOf } from './moderation-log.repo.ts';

/** What undoes a logged action, while its effect still holds. */
const UNDO: Record<string, { undo: UndoAction; holds: (r: LogRow) => boolean }> = {
  'thread.lock': { undo: 'thread.unlock', holds: (r) => r.threadLocked },
  'thread.pin': { undo: 'thread.unpin', holds: (r) => r.threadPinned },
  'post.hide': { undo: 'post.unhide', holds: (r) => r.postHidden },
  'thread.move': { undo: 'thread.move_back', holds: (r) => r.threadCategory !== null && r.threadCategory === (r.entry.details as { to?: string }).to },
};

const cityRef = (c: { slug: string; name: string } | null) => (c ? { slug: c.slug, name: c.name } : null);

function toLogEntry(r: LogRow): LogEntry {
  const undo = UNDO[r.entry.action];
  return {
    id: r.entry.id,
    actor: toAuthor({ ...r.actor, city: cityRef(r.actorCity) }),
    action: r.entry.action,
    questionId: r.entry.questionId,
    targetUser: r.target ? toAuthor({ ...r.target, city: cityRef(r.targetCity) }) : null,
    details: r.entry.details as Record<string, unknown>,
    createdAt: r.entry.createdAt.toISOString(),
    group: r.group?.id ? { id: r.group.id, name: r.group.name } : null,
    threadId: r.entry.threadId,
    postId: r.entry.postId,
    sessionId: r.entry.sessionId,
    undo: undo && undo.holds(r) ? undo.undo : null,
  };
}

function noticeKind(action: string, outcome: string | undefined): ModerationNotice['kind'] {
  if (action === 'user.warn') return 'warned';
  if (action === 'user.suspend') return 'suspended';
  if (action === 'user.reinstate') return 'reinstated';
  if (action === 'post.unhide') return 'unhidden';
  return action === 'flag.resolve' && outcome === 'delete' ? 'removed' : 'hidden';
}

const reasonOf = (details: Record<string, unknown>) => {
  const text = details.reason ?? details.note;
  return typeof text === 'string' && text ? text : null;
};

/** What the log needs of the thread tools: undoing a lock, a pin, a hidden post or a move, with the actor's rights. */
interface Undoers {
  unlock(actor: Actor, threadId: number): Promise<unknown>;
  unpin(actor: Actor, threadId: number): Promise<unknown>;
  unhidePost(actor: Actor, postId: number): Promise<unknown>;
  move(actor: Actor, threadId: number, input: { categorySlug: string }): Promise<unknown>;
}

/**
 * The network's moderation log: every moderating action, filtered and paged, exported as CSV;
 * network staff read all of it, a group's leads their group's entries. Some actions are undone
 * from it while their effect holds (the undo is itself logged).
 */
export function createModerationService(deps: { db: Db; tools: Undoers }) {
  const { db, tools } = deps;

  function filtersOf(q: ModerationLogQuery): LogFilters {
    return { actorId: q.actor, targetUserId: q.target, action: q.action || undefined, groupId: q.group, threadId: q.thread, from: q.from, to: q.to };
  }

  async function read(actor: Actor, id: number): Promise<LogEntry> {
    const row = await findModerationEntry(db, id, moderatedSpaceSql(actor, moderationLog.groupId));
    if (!row) throw NotFound('Log entry');
    return toLogEntry(row);
  }

  return {
    async log(actor: Actor, query: unknown): Promise<Page<LogEntry>> {
      const scope = moderatedSpaceSql(actor, moderationLog.groupId);
      const q = parseInput(ModerationLogQuery, query ?? {});
      const before = decodeCursor(q.cursor, isIdKey);
      const rows = await listModerationLog(db, filtersOf(q), scope, before?.id ?? null, MODERATION_LOG_PER_PAGE + 1);
      const items = rows.slice(0, MODERATION_LOG_PER_PAGE).map(toLogEntry);
      const last = items.at(-1);
      return { items, nextCursor: rows.length > MODERATION_LOG_PER_PAGE && last ? encodeCursor({ id: last.id }) : null };
    },

    /** The filtered log as CSV (UTF-8, comma-separated, a header row), newest first, at most MODERATION_LOG_EXPORT_MAX rows. */
    async csv(actor: Actor, query: unknown): Promise<string> {
      const scope = moderatedSpaceSql(actor, moderationLog.groupId);
      const q = parseInput(ModerationLogQuery, query ?? {});
      const rows = (await listModerationLog(db, filtersOf(q), scope, null, MODERATION_LOG_EXPORT_MAX)).map(toLogEntry);
      return Papa.unparse(
        rows.map((e) => ({
          id: e.id,
          time: e.createdAt,
          action: e.action,
          actor: e.actor.displayName,
          actor_id: e.actor.id,
          target: e.targetUser?.displayName ?? '',
          target_id: e.targetUser?.id ?? '',
          group: e.group?.name ?? '',
          thread_id: e.threadId ?? '',
          post_id: e.postId ?? '',
          session_id: e.sessionId ?? '',
          reason: typeof e.details.reason === 'string' ? e.details.reason : '',
          details: JSON.stringify(e.details),
        })),
        // Cells that a spreadsheet would run as a formula are quoted and prefixed (CSV injection).
        { escapeFormulae: true },
      );
    },

    /** An account's record for the staff: its latest posts, flags on what it wrote, what was done about it; and what the reader may do with it. */
    async account(actor: Actor, userId: number): Promise<AccountRecord> {
      const staff = requireStaff(actor);
      const account = await findUserById(db, userId);
      if (!account) throw NotFound('User');
      const [posts, flagged, log] = await Promise.all([recentPostsOf(db, userId), flagsAgainst(db, userId), logAbout(db, userId, moderatedSpaceSql(staff, moderationLog.groupId))]);
      return {
        user: toUser(account),
        permissions: {
          canSuspend: staff.id !== userId && keepsAccount(staff, account),
          canSetRole: isAdmin(staff) && staff.id !== userId,
          canSendReset: isAdmin(staff) && account.status !== 'suspended',
        },
        posts: posts.map((r) => ({
          id: r.post.id,
          threadId: r.threadId,
          threadTitle: r.threadTitle,
          excerpt: r.post.deletedAt ? '' : r.post.body.slice(0, 200),
          createdAt: r.post.createdAt.toISOString(),
          hidden: r.post.hiddenAt !== null,
          deleted: r.post.deletedAt !== null,
        })),
        flags: flagged.map((f) => ({ targetType: f.targetType, targetId: f.targetId, reason: f.reason, status: f.status, outcome: f.outcome, createdAt: f.createdAt.toISOString() })),
        log: log.map(toLogEntry),
      };
    },

    /** What moderators did about the member's own posts and account: warnings, hidings, removals, suspensions. */
    async notices(actor: Actor): Promise<{ items: ModerationNotice[] }> {
      const user = requireMember(actor);
      return {
        items: (await noticesFor(db, user.id)).map((e) => ({
          id: e.id,
          kind: noticeKind(e.action, (e.details as { outcome?: string }).outcome),
          reason: reasonOf(e.details as Record<string, unknown>),
          threadId: e.threadId,
          postId: e.postId,
          createdAt: e.createdAt.toISOString(),
        })),
      };
    },

    /** Undoes a lock, pin, hiding or move from the log, with the actor's rights on the thread; answers with the entry as it stands now. */
    async undo(actor: Actor, id: number): Promise<LogEntry> {
      const entry = await read(actor, id);
      if (entry.undo === 'thread.unlock') await tools.unlock(actor, entry.threadId!);
      else if (entry.undo === 'thread.unpin') await tools.unpin(actor, entry.threadId!);
      else if (entry.undo === 'post.unhide') await tools.unhidePost(actor, entry.postId!);
      else if (entry.undo === 'thread.move_back') await tools.move(actor, entry.threadId!, { categorySlug: String(entry.details.from) });
      else throw NotFound('Undoable log entry');
      return read(actor, id);
    },
  };
}
export type ModerationService = ReturnType<typeof createModerationService>;
