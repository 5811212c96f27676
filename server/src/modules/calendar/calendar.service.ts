import ical, { ICalCalendarMethod, ICalEventStatus } from 'ical-generator';
import type { Db } from '../../db/client.ts';
import { type Actor, canReadSession, isMember, readableSessionSql, requireMember } from '../../policy/index.ts';
import { NotFound } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { generateSessionToken } from '../auth/index.ts';
import {
  type CalendarSessionRow,
  ensureCalendarToken,
  findCalendarSession,
  findUserByCalendarToken,
  listCalendarSessions,
  replaceCalendarToken,
} from './calendar.repo.ts';

const DAY = 24 * 60 * 60 * 1000;
/** The feed looks back this far, so last month's sessions stay in the calendar for reference. */
export const FEED_PAST_DAYS = 90;
/** A guard, far above what a network schedules in 90 days and the months ahead. */
const FEED_MAX_SESSIONS = 1000;
/** Calendar apps poll a subscription at most this often. */
const FEED_REFRESH_SECONDS = 60 * 60;

/** The same 160 random bits, base32, as a login token: unguessable, and safe in a URL path. */
const TOKEN_FORMAT = /^[a-z2-7]{32}$/;

const feedPath = (token: string) => `/calendar/${token}.ics`;

export interface CalendarFile {
  filename: string;
  ics: string;
}

function calendarOf(sessions: CalendarSessionRow[], origin: string, name?: string): string {
  const calendar = ical({
    prodId: { company: 'Praxisnetz', product: 'Praxisnetz', language: 'DE' },
    method: ICalCalendarMethod.PUBLISH,
    ...(name && { name, ttl: FEED_REFRESH_SECONDS }),
  });
  for (const s of sessions) {
    const link = `${origin}/live/${s.id}`;
    calendar.createEvent({
      // Stable across downloads and the feed, so a calendar updates the entry instead of adding one.
      id: `session-${s.id}@praxisnetz`,
      start: s.startsAt,
      end: s.endsAt,
      summary: s.title,
      description: s.description ? `${s.description}\n\n${link}` : link,
      url: link,
      categories: [{ name: s.groupName }],
      lastModified: s.lastModified,
      status: ICalEventStatus.CONFIRMED,
    });
  }
  return calendar.toString();
}

const fileOf = (session: CalendarSessionRow, origin: string): CalendarFile => ({
  filename: `${slugify(session.title) || `session-${session.id}`}.ics`,
  ics: calendarOf([session], origin),
});

/** One session as a calendar file, for a mail to people who may read it (a reminder). */
export async function sessionCalendarFile(db: Db, sessionId: number, origin: string): Promise<CalendarFile | undefined> {
  const session = await findCalendarSession(db, sessionId);
  return session && fileOf(session, origin);
}

export function createCalendarService(db: Db) {
  return {
    /** One session as a calendar file; a session the actor may not read does not exist for them. */
    async sessionFile(actor: Actor, sessionId: number, origin: string): Promise<CalendarFile> {
      const session = await findCalendarSession(db, sessionId);
      if (!session || !canReadSession(actor, session)) throw NotFound('Session');
      return fileOf(session, origin);
    },

    /** The path of the actor's private feed, made on first request. */
    async feedUrl(actor: Actor): Promise<string> {
      const user = requireMember(actor);
      return feedPath(user.calendarToken ?? (await ensureCalendarToken(db, user.id, generateSessionToken())));
    },

    /** A new feed path; the old one stops working at once (e.g. after it was shared by mistake). */
    async resetFeedUrl(actor: Actor): Promise<string> {
      const user = requireMember(actor);
      const token = generateSessionToken();
      await replaceCalendarToken(db, user.id, token);
      return feedPath(token);
    },

    /**
     * The feed behind a token: every session its owner may read, from 90 days back on. The token
     * is the only credential, so an unknown one and a suspended or pending owner look the same.
     */
    async feed(token: string, origin: string, now = new Date()): Promise<string> {
      const owner = TOKEN_FORMAT.test(token) ? await findUserByCalendarToken(db, token) : undefined;
      if (!owner || !isMember(owner)) throw NotFound('Calendar');
      const sessions = await listCalendarSessions(db, {
        readable: readableSessionSql(owner),
        since: new Date(now.getTime() - FEED_PAST_DAYS * DAY),
        limit: FEED_MAX_SESSIONS,
      });
      return calendarOf(sessions, origin, 'Praxisnetz');
    },
  };
}
export type CalendarService = ReturnType<typeof createCalendarService>;
