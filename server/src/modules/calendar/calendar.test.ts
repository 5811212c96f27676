import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { moderationLog, users } from '../../db/schema/index.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { findUserByEmail, type UserWithCity } from '../users/users.repo.ts';
import { type CalendarService, createCalendarService } from './calendar.service.ts';
import { liveDataFixtures } from '../live/live-data.fixtures.ts';

const ORIGIN = 'https://praxisnetz.example';
const HOURS_90_DAYS = 90 * 24;

let database: Database;
let calendar: CalendarService;
let fixtures: ReturnType<typeof liveDataFixtures>;
let lena: UserWithCity;
let frank: UserWithCity;
let moderator: UserWithCity;
let pending: UserWithCity;
let group: Awaited<ReturnType<ReturnType<typeof liveDataFixtures>['group']>>;

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;

/** The events of an iCalendar text, each as its properties (lines unfolded, parameters dropped). */
function events(ics: string): Record<string, string>[] {
  const lines = ics.replace(/\r\n[ \t]/g, '').split('\r\n');
  const found: Record<string, string>[] = [];
  let current: Record<string, string> | undefined;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT') found.push(current!), (current = undefined);
    else if (current) {
      const colon = line.indexOf(':');
      current[line.slice(0, colon).split(';')[0]!] = line.slice(colon + 1);
    }
  }
  return found;
}
const uid = (id: number) => `session-${id}@praxisnetz`;
const uids = (ics: string) => events(ics).map((e) => e.UID);
const tokenOf = (url: string) => /^\/calendar\/([a-z2-7]{32})\.ics$/.exec(url)![1]!;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  calendar = createCalendarService(database.db);
  fixtures = liveDataFixtures(database.db);
  [lena, frank, moderator, pending] = await Promise.all([byKey('lena'), byKey('frank'), byKey('moderator'), byKey('pending1')]);
  group = await fixtures.group('Kalender-AG', [{ user: lena, role: 'lead' }]);
  lena = await byKey('lena');
});
afterAll(() => database.close());

describe('one session as a calendar file', () => {
  it('describes the session with a stable UID, UTC times, its text and an absolute link to the room', async () => {
    const s = await fixtures.session(group, lena, {
      title: 'Sprechstunde: Beleuchtung im Quartier',
      description: 'Fragen zu Leuchtstelen und Angsträumen.',
      audience: 'network',
      startsInHours: 48,
      hours: 1.5,
    });
    const file = await calendar.sessionFile(frank, s.id, ORIGIN);
    expect(file.filename).toBe('sprechstunde-beleuchtung-im-quartier.ics');
    const [event, ...others] = events(file.ics);
    expect(others).toEqual([]);
    const utc = (d: Date) => d.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, '');
    expect(event).toMatchObject({
      UID: uid(s.id),
      SUMMARY: 'Sprechstunde: Beleuchtung im Quartier',
      DTSTART: utc(s.startsAt),
      DTEND: utc(s.endsAt),
      URL: `${ORIGIN}/live/${s.id}`,
      STATUS: 'CONFIRMED',
      'LAST-MODIFIED': utc(s.createdAt),
    });
    expect(event!.DTSTART).toMatch(/Z$/);
    expect(event!.DESCRIPTION).toBe(`Fragen zu Leuchtstelen und Angsträumen.\\n\\n${ORIGIN}/live/${s.id}`);
  });

  it('hides a group session from everyone outside the group, but not from network staff', async () => {
    const s = await fixtures.session(group, lena, { title: 'Interne Planung der AG', audience: 'group', startsInHours: 24 });
    await expect(calendar.sessionFile(frank, s.id, ORIGIN)).rejects.toMatchObject({ status: 404 });
    await expect(calendar.sessionFile(null, s.id, ORIGIN)).rejects.toMatchObject({ status: 404 });
    await expect(calendar.sessionFile(pending, s.id, ORIGIN)).rejects.toMatchObject({ status: 404 });
    expect(uids((await calendar.sessionFile(lena, s.id, ORIGIN)).ics)).toEqual([uid(s.id)]);
    expect(uids((await calendar.sessionFile(moderator, s.id, ORIGIN)).ics)).toEqual([uid(s.id)]);
    await expect(calendar.sessionFile(lena, 999_999, ORIGIN)).rejects.toMatchObject({ status: 404 });
  });

  it('dates the entry by the last change to the session', async () => {
    const s = await fixtures.session(group, lena, { title: 'Verschobene Sprechstunde', audience: 'network', startsInHours: 72 });
    const changedAt = new Date(s.createdAt.getTime() + 60_000);
    await database.db.insert(moderationLog).values({ actorId: lena.id, action: 'session.update', sessionId: s.id, createdAt: changedAt });
    const [event] = events((await calendar.sessionFile(frank, s.id, ORIGIN)).ics);
    expect(event!['LAST-MODIFIED']).toBe(changedAt.toISOString().replace(/[-:]/g, '').replace(/\.\d{3}/, ''));
  });
});

describe('the private calendar feed', () => {
  it('gives each member one feed URL, made on first request and kept after', async () => {
    const url = await calendar.feedUrl(frank);
    expect(url).toMatch(/^\/calendar\/[a-z2-7]{32}\.ics$/);
    expect(await calendar.feedUrl(frank)).toBe(url);
    frank = await byKey('frank');
    expect(await calendar.feedUrl(frank)).toBe(url);
    await expect(calendar.feedUrl(null)).rejects.toMatchObject({ status: 401 });
    await expect(calendar.feedUrl(pending)).rejects.toMatchObject({ status: 403 });
  });

  it('lists what the owner may read: network sessions, their groups’ sessions, the last 90 days and all ahead', async () => {
    const other = await fixtures.group('Fremde AG', [{ user: moderator, role: 'lead' }]);
    const upcoming = await fixtures.session(other, moderator, { title: 'Offene Fragestunde', audience: 'network', startsInHours: 24 * 30 });
    const foreign = await fixtures.session(other, moderator, { title: 'Nur für die fremde AG', audience: 'group', startsInHours: 5 });
    const own = await fixtures.session(group, lena, { title: 'Nur für die Kalender-AG', audience: 'group', startsInHours: 5 });
    const recent = await fixtures.session(other, moderator, { title: 'Rückblick vor 80 Tagen', audience: 'network', startsInHours: -80 * 24 });
    const old = await fixtures.session(other, moderator, { title: 'Lange her', audience: 'network', startsInHours: -HOURS_90_DAYS - 2 });

    const forLena = uids(await calendar.feed(tokenOf(await calendar.feedUrl(lena)), ORIGIN));
    expect(forLena).toEqual(expect.arrayContaining([uid(upcoming.id), uid(own.id), uid(recent.id)]));
    expect(forLena).not.toContain(uid(foreign.id));
    expect(forLena).not.toContain(uid(old.id));

    const forFrank = uids(await calendar.feed(tokenOf(await calendar.feedUrl(frank)), ORIGIN));
    expect(forFrank).toContain(uid(upcoming.id));
    expect(forFrank).not.toContain(uid(own.id));
    expect(forFrank).not.toContain(uid(foreign.id));

    const forStaff = uids(await calendar.feed(tokenOf(await calendar.feedUrl(moderator)), ORIGIN));
    expect(forStaff).toEqual(expect.arrayContaining([uid(own.id), uid(foreign.id)]));
  });

  it('stops answering the old URL once the member asks for a new one', async () => {
    const old = tokenOf(await calendar.feedUrl(lena));
    const fresh = tokenOf(await calendar.resetFeedUrl(lena));
    expect(fresh).not.toBe(old);
    await expect(calendar.feed(old, ORIGIN)).rejects.toMatchObject({ status: 404 });
    expect(await calendar.feed(fresh, ORIGIN)).toContain('BEGIN:VCALENDAR');
    lena = await byKey('lena');
    expect(await calendar.feedUrl(lena)).toBe(`/calendar/${fresh}.ics`);
  });

  it('answers nothing for an unknown token or a suspended owner', async () => {
    await expect(calendar.feed('a'.repeat(32), ORIGIN)).rejects.toMatchObject({ status: 404 });
    await expect(calendar.feed('../../etc', ORIGIN)).rejects.toMatchObject({ status: 404 });
    const henrik = await byKey('henrik');
    const token = tokenOf(await calendar.feedUrl(henrik));
    expect(await calendar.feed(token, ORIGIN)).toContain('BEGIN:VCALENDAR');
    await database.db.update(users).set({ status: 'suspended' }).where(eq(users.id, henrik.id));
    await expect(calendar.feed(token, ORIGIN)).rejects.toMatchObject({ status: 404 });
  });
});
