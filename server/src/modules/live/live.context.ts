import type { Db } from '../../db/client.ts';
import { type Actor, canModerateSession, canReadSession, requireMember } from '../../policy/index.ts';
import { Conflict, Forbidden, NotFound } from '../../lib/errors.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { CalendarFile } from '../calendar/index.ts';
import type { ForumService } from '../forum/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { liveEvents } from './live.events.ts';
import type { LiveLimits } from './live.limits.ts';
import { toSession } from './sessions/sessions.mapper.ts';
import type { PresenceCounter } from '../../realtime/presence.ts';
import { findQuestionAccess } from './questions/questions.repo.ts';
import { findSession, type SessionRow } from './sessions/sessions.repo.ts';

export interface LiveDeps {
  db: Db;
  publisher: Publisher;
  forum: ForumService;
  /** the per-person budgets of questions, votes and chat */
  limiter: LiveLimits;
  /** the participant count; absent (0) where no Socket.IO server runs, e.g. in service tests */
  presence?: PresenceCounter;
  notifications: Pick<NotificationsService, 'tell' | 'tellGroup' | 'told'>;
  /** a session's calendar entry, for the reminder mail */
  calendarFile: (sessionId: number) => Promise<CalendarFile | undefined>;
}

/** Questions are asked, voted on and chatted about before and during a session, not after. */
export const OPEN_ROOM: SessionRow['status'][] = ['scheduled', 'live'];

export function requireRoomOpen(status: SessionRow['status']) {
  if (!OPEN_ROOM.includes(status)) throw Conflict('This session is no longer taking questions, votes or messages.');
}

/** What every live use case shares: the database, the events, the limits and the access checks. */
export function createLiveContext(deps: LiveDeps) {
  const { db } = deps;

  /** A session the actor may not read does not exist for them. */
  async function readableSession(actor: Actor, id: number) {
    const user = requireMember(actor);
    const row = await findSession(db, id);
    if (!row || !canReadSession(user, row.session)) throw NotFound('Session');
    return { user, row, moderator: canModerateSession(user, row.session) };
  }

  async function moderatedSession(actor: Actor, id: number) {
    const access = await readableSession(actor, id);
    if (!access.moderator) throw Forbidden('Only the host and the moderators of this session may do this.');
    return access;
  }

  /** Another person's question that is not published yet does not exist for participants. */
  async function readableQuestion(actor: Actor, id: number) {
    const user = requireMember(actor);
    const row = await findQuestionAccess(db, id);
    if (!row || !canReadSession(user, row.session)) throw NotFound('Question');
    const moderator = canModerateSession(user, row.session);
    if (!moderator && !row.question.publishedAt && row.question.authorId !== user.id) throw NotFound('Question');
    return { user, question: row.question, session: row.session, moderator };
  }

  async function moderatedQuestion(actor: Actor, id: number) {
    const access = await readableQuestion(actor, id);
    if (!access.moderator) throw Forbidden('Only the host and the moderators of this session may do this.');
    return access;
  }

  async function reloadSession(id: number) {
    return toSession((await findSession(db, id))!);
  }

  return {
    ...deps,
    events: liveEvents(deps.publisher),
    participants: (sessionId: number) => deps.presence?.count(sessionId) ?? 0,
    readableSession,
    moderatedSession,
    readableQuestion,
    moderatedQuestion,
    reloadSession,
  };
}
export type LiveContext = ReturnType<typeof createLiveContext>;
