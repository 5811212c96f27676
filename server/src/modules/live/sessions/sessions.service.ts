import {
  CreateSessionInput,
  type LiveSession,
  type LiveState,
  type ModerationEntry,
  SessionListQuery,
  UpdateSessionInput,
} from '@praxisnetz/shared';
import { type Actor, canModerateGroup, readableSessionSql, requireMember } from '../../../policy/index.ts';
import { Conflict, Forbidden, NotFound, ValidationError } from '../../../lib/errors.ts';
import { parseInput } from '../../../lib/validate.ts';
import { listSessionModeration, recordModeration } from '../../moderation/index.ts';
import { listRecentChat } from '../chat/chat.repo.ts';
import type { LiveContext } from '../live.context.ts';
import { questionFor } from '../questions/questions.mapper.ts';
import { toChatMessage } from '../chat/chat.mapper.ts';
import { sessionNotices } from './session-notices.ts';
import { toModerationEntry, toSession } from './sessions.mapper.ts';
import { listMyVotes, listSessionQuestions } from '../questions/questions.repo.ts';
import { findGroupRef, findSession, insertSession, listSessions, lockSession, updateSession } from './sessions.repo.ts';

const LIST_MAX = 100;
/** How much chat history a room shows on entering. */
export const CHAT_HISTORY = 50;

/** Scheduling, running and reading live sessions, and their moderation record. */
export function sessionUseCases(ctx: LiveContext) {
  const { db, events } = ctx;
  const notices = sessionNotices(ctx);

  /** One status step (start, end), logged, announced to the room. */
  async function step(actor: Actor, id: number, from: LiveSession['status'], patch: Parameters<typeof updateSession>[2], action: string) {
    const { user } = await ctx.moderatedSession(actor, id);
    const told = await db.transaction(async (tx) => {
      const locked = await lockSession(tx, id);
      if (locked!.status !== from) throw Conflict(`Only a ${from} session can do this; this one is ${locked!.status}.`);
      await updateSession(tx, id, patch);
      await recordModeration(tx, { actorId: user.id, action, groupId: locked!.groupId, sessionId: id });
      return patch.status === 'live' ? notices.wentLive(tx, locked!, user.id) : [];
    });
    await ctx.notifications.told(told);
    const session = await ctx.reloadSession(id);
    events.session(session);
    return session;
  }

  return {
    /** The job 15 minutes before a session: its group's members hear it starts soon. */
    remindSoon: notices.remindSoon,

    async listSessions(actor: Actor, query: unknown): Promise<LiveSession[]> {
      const user = requireMember(actor);
      const { scope, group, q } = parseInput(SessionListQuery, query);
      const rows = await listSessions(db, { scope, groupId: group, q, readable: readableSessionSql(user), limit: LIST_MAX });
      return rows.map(toSession);
    },

    async createSession(actor: Actor, groupId: number, input: unknown): Promise<LiveSession> {
      const user = requireMember(actor);
      const group = await findGroupRef(db, groupId);
      if (!group) throw NotFound('Group');
      if (!canModerateGroup(user, groupId)) throw Forbidden('Only the leads of this group schedule its sessions.');
      const data = parseInput(CreateSessionInput, input);
      const id = await db.transaction(async (tx) => {
        const row = await insertSession(tx, {
          groupId,
          hostId: user.id,
          title: data.title,
          description: data.description,
          startsAt: new Date(data.startsAt),
          endsAt: new Date(data.endsAt),
          audience: data.audience,
        });
        await recordModeration(tx, { actorId: user.id, action: 'session.create', groupId, sessionId: row.id });
        await notices.schedule(tx, row.id, row.startsAt);
        return row.id;
      });
      return ctx.reloadSession(id);
    },

    async getSession(actor: Actor, id: number): Promise<{ session: LiveSession; canModerate: boolean }> {
      const { row, moderator } = await ctx.readableSession(actor, id);
      return { session: toSession(row), canModerate: moderator };
    },

    async updateSession(actor: Actor, id: number, input: unknown): Promise<LiveSession> {
      const { user, row } = await ctx.moderatedSession(actor, id);
      const data = parseInput(UpdateSessionInput, input);
      const startsAt = data.startsAt ? new Date(data.startsAt) : row.session.startsAt;
      const endsAt = data.endsAt ? new Date(data.endsAt) : row.session.endsAt;
      if (endsAt <= startsAt) throw ValidationError({ endsAt: 'The end must be after the start.' });
      await db.transaction(async (tx) => {
        const locked = await lockSession(tx, id);
        if (locked!.status === 'archived') throw Conflict('An archived session can no longer be changed.');
        await updateSession(tx, id, { ...data, startsAt, endsAt });
        if (startsAt.getTime() !== locked!.startsAt.getTime()) await notices.schedule(tx, id, startsAt);
        const entry = { actorId: user.id, groupId: locked!.groupId, sessionId: id };
        if (data.premoderation !== undefined && data.premoderation !== locked!.premoderation) {
          await recordModeration(tx, { ...entry, action: 'session.premoderation', details: { premoderation: data.premoderation } });
        }
        const { premoderation: _, ...fields } = data;
        if (Object.keys(fields).length) await recordModeration(tx, { ...entry, action: 'session.update', details: { fields: Object.keys(fields) } });
      });
      const session = await ctx.reloadSession(id);
      events.session(session);
      return session;
    },

    startSession: (actor: Actor, id: number) => step(actor, id, 'scheduled', { status: 'live', startedAt: new Date() }, 'session.start'),

    endSession: (actor: Actor, id: number) =>
      step(actor, id, 'live', { status: 'ended', endedAt: new Date(), highlightedQuestionId: null }, 'session.end'),

    /**
     * The room as the reader sees it. `enter` runs after the access check and before the snapshot:
     * a socket joins the room there, so every change after the snapshot reaches it as an event.
     */
    async roomState(actor: Actor, id: number, enter?: (canModerate: boolean) => Promise<void>): Promise<LiveState> {
      const { user, moderator } = await ctx.readableSession(actor, id);
      await enter?.(moderator);
      // One snapshot of the database: the questions, votes and chat belong to the same moment.
      const state = await db.transaction(
        async (tx) => {
          const row = (await findSession(tx, id))!;
          // One after the other: a transaction is one connection, which runs one query at a time.
          const questions = await listSessionQuestions(tx, id, { moderator, userId: user.id });
          const myVotes = await listMyVotes(tx, id, user.id);
          const chat = await listRecentChat(tx, id, CHAT_HISTORY);
          return { row, questions, myVotes, chat };
        },
        { isolationLevel: 'repeatable read', accessMode: 'read only' },
      );
      return {
        session: toSession(state.row),
        questions: state.questions.map((q) => questionFor(q, { id: user.id, moderator })),
        myVotes: state.myVotes,
        chat: state.chat.map(toChatMessage),
        participants: ctx.participants(id),
        canModerate: moderator,
      };
    },

    async sessionLog(actor: Actor, id: number): Promise<ModerationEntry[]> {
      await ctx.moderatedSession(actor, id);
      return (await listSessionModeration(db, id)).map(toModerationEntry);
    },
  };
}
