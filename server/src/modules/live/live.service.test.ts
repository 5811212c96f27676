import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { rooms } from '@praxisnetz/shared';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { groupMembers, groups } from '../../db/schema/index.ts';
import { recordingPublisher } from '../../realtime/recording-publisher.ts';
import { createDocumentsService } from '../documents/documents.service.ts';
import { createFileStore } from '../documents/file-store.ts';
import { createForumService } from '../forum/forum.service.ts';
import { createNotificationsService } from '../notifications/index.ts';
import { sessionCalendarFile } from '../calendar/index.ts';
import { createMailer, createMailService } from '../mail/index.ts';
import { findUserByEmail, type UserWithCity } from '../users/users.repo.ts';
import { createRateLimits } from '../../lib/rate-limits.ts';
import { createLiveLimits } from './live.limits.ts';
import { createLiveService, type LiveService } from './live.service.ts';

let database: Database;
let dataDir: string;
let live: LiveService;
let lead: UserWithCity;
let asker: UserWithCity;
let sessionId: number;
const { publisher, published } = recordingPublisher();

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-live-'));
  const notifications = createNotificationsService({
    db: database.db,
    publisher,
    nudge: () => {},
    mail: createMailService({ db: database.db, mailer: createMailer({ from: 'test@localhost' }), publicUrl: 'http://localhost', nudge: () => {} }),
  });
  const documents = createDocumentsService({ db: database.db, fileStore: createFileStore(dataDir), uploadMaxBytes: 1024, extraction: { nudge: () => {} }, notifications });
  const forum = createForumService({ db: database.db, publisher, documents, notifications });
  live = createLiveService({
    db: database.db,
    publisher,
    forum,
    limiter: createLiveLimits(createRateLimits(database), { questionsPerMinute: 100, votesPerMinute: 100, chatPerMinute: 100 }),
    notifications,
    calendarFile: (sessionId) => sessionCalendarFile(database.db, sessionId, 'http://localhost'),
  });
  const [leadRow, askerRow] = await Promise.all([byKey('sabine'), byKey('member')]);
  const [group] = await database.db
    .insert(groups)
    .values({ slug: 'dienst-test', name: 'Diensttest', createdBy: leadRow.id })
    .returning({ id: groups.id });
  await database.db.insert(groupMembers).values([
    { groupId: group!.id, userId: leadRow.id, role: 'lead', status: 'active' },
    { groupId: group!.id, userId: askerRow.id, role: 'member', status: 'active' },
  ]);
  [lead, asker] = await Promise.all([byKey('sabine'), byKey('member')]);
  const session = await live.createSession(lead, group!.id, {
    title: 'Dienst ohne Sockets',
    startsAt: '2030-01-01T10:00:00Z',
    endsAt: '2030-01-01T11:00:00Z',
    audience: 'group',
  });
  sessionId = session.id;
  await live.startSession(lead, sessionId);
});
beforeEach(() => void published.splice(0));
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('what the live service announces', () => {
  const full = () => [rooms.liveModerators(sessionId), rooms.user(asker.id)];

  it('sends an anonymous question in full to moderators and the asker, and without the name to the room', async () => {
    const question = await live.askQuestion(asker, sessionId, { body: 'Anonym gefragt', anonymous: true });
    expect(published).toEqual([
      { rooms: full(), except: [], event: 'question:created', payload: question },
      { rooms: [rooms.live(sessionId)], except: full(), event: 'question:created', payload: { ...question, author: null } },
    ]);
  });

  it('announces a vote as one small count to the whole room, with a higher seq', async () => {
    const question = await live.askQuestion(asker, sessionId, { body: 'Bitte abstimmen' });
    published.splice(0);
    const voted = await live.voteQuestion(lead, question.id);
    expect(voted.seq).toBeGreaterThan(question.seq);
    expect(published.map((p) => [p.event, p.rooms, p.except, p.payload])).toEqual([
      ['question:voted', [rooms.live(sessionId)], [], [{ id: question.id, sessionId, voteCount: 1, seq: voted.seq }]],
    ]);
    published.splice(0);
    await live.voteQuestion(lead, question.id);
    expect(published).toEqual([]);
  });

  it('never sends an unapproved question or a dismissal reason to the room', async () => {
    await live.updateSession(lead, sessionId, { premoderation: true });
    published.splice(0);
    const pending = await live.askQuestion(asker, sessionId, { body: 'Wartet auf Freigabe' });
    await live.dismissQuestion(lead, pending.id, { reason: 'Nicht zum Thema.' });
    expect(published.every((p) => !p.rooms.includes(rooms.live(sessionId)))).toBe(true);

    const approved = await live.askQuestion(asker, sessionId, { body: 'Wird freigegeben' });
    published.splice(0);
    await live.approveQuestion(lead, approved.id);
    await live.dismissQuestion(lead, approved.id, { reason: 'Doch nicht.' });
    const toRoom = published.filter((p) => p.rooms.includes(rooms.live(sessionId)));
    expect(toRoom.map((p) => p.event)).toEqual(['question:created', 'question:updated']);
    expect(toRoom.map((p) => (p.payload as { dismissReason: string | null }).dismissReason)).toEqual([null, null]);
    await live.updateSession(lead, sessionId, { premoderation: false });
  });
});
