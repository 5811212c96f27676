import type { SimilarResult } from '@praxisnetz/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../../tests/support/database.ts';
import type { Database } from '../../../db/client.ts';
import { categories } from '../../../db/schema/index.ts';
import { demoUsers } from '../../../demo/content/index.ts';
import { seedDemo } from '../../../demo/demo-seed.ts';
import { findUserByEmail, type UserWithCity } from '../../users/users.repo.ts';
import { liveDataFixtures } from '../live-data.fixtures.ts';
import { createSimilarService, type SimilarService } from './similar.service.ts';

let database: Database;
let similar: SimilarService;
let fixtures: ReturnType<typeof liveDataFixtures>;
let lena: UserWithCity; // member of the Befragungs-AG
let frank: UserWithCity; // member of the Befragungs-AG only
let tobias: UserWithCity; // lead of the closed AG
let moderator: UserWithCity;
let ownGroup: Awaited<ReturnType<ReturnType<typeof liveDataFixtures>['group']>>;
let closedGroup: typeof ownGroup;
let current: { id: number };
let closedSession: { id: number };

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;
const questionBodies = (r: SimilarResult) => r.questions.map((q) => q.body);
const threadTitles = (r: SimilarResult) => r.threads.map((t) => t.title);
const ask = (actor: UserWithCity | null, q: string, sessionId = current.id) => similar.similar(actor, sessionId, { q });

const EARLIER_ANSWERED = 'Wie habt ihr die Befragung der Anwohner ausgewertet?';
const CLOSED_GROUP_QUESTION = 'Befragung der Anwohner im Sperrbezirk: wer wertet aus?';

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  similar = createSimilarService(database.db);
  fixtures = liveDataFixtures(database.db);
  [lena, frank, tobias, moderator] = await Promise.all([byKey('lena'), byKey('frank'), byKey('tobias'), byKey('moderator')]);
  ownGroup = await fixtures.group('Befragungs-AG', [{ user: lena, role: 'lead' }, { user: frank }]);
  closedGroup = await fixtures.group('Geschlossene AG', [{ user: tobias, role: 'lead' }]);
  [lena, frank, tobias] = await Promise.all([byKey('lena'), byKey('frank'), byKey('tobias')]);

  // An earlier network session of a group Frank is not in: its questions are open to every member.
  const earlier = await fixtures.session(closedGroup, tobias, { title: 'Sprechstunde Bürgerbefragungen', audience: 'network', startsInHours: -24 * 30 });
  await fixtures.question(earlier, tobias, EARLIER_ANSWERED, { answer: 'Mit einer offenen Codierung der Freitextantworten.' });
  await fixtures.question(earlier, tobias, 'Befragung der Anwohner: bitte ignorieren', { status: 'dismissed' });
  await fixtures.question(earlier, tobias, 'Befragung der Anwohner doppelt gestellt', { status: 'merged' });
  // An earlier group session of the closed group: only its members and staff read it.
  closedSession = await fixtures.session(closedGroup, tobias, { title: 'Internes Treffen', audience: 'group', startsInHours: -24 * 10 });
  await fixtures.question(closedSession, tobias, CLOSED_GROUP_QUESTION);

  current = await fixtures.session(ownGroup, lena, { title: 'Befragungen in der Praxis', audience: 'group', startsInHours: 0, status: 'live' });
  await fixtures.question(current, frank, 'Befragung der Anwohner: wartet noch auf Freigabe', { status: 'pending' });
  await fixtures.question(current, frank, 'Welche Fragebögen nutzt ihr für Befragungen im Quartier?');
  const later = await fixtures.session(ownGroup, lena, { title: 'Nächstes Treffen', audience: 'network', startsInHours: 24 * 7 });
  await fixtures.question(later, lena, 'Befragung der Anwohner, vorab für nächste Woche');

  const [publicCategory] = await database.db.select({ id: categories.id }).from(categories).where(eq(categories.slug, 'sicherheitsanalysen-befragungen'));
  await fixtures.thread(publicCategory!.id, lena, 'Befragung von Anwohnern: Fragebogen gesucht');
  await fixtures.thread(ownGroup.categoryId, lena, 'Auswertung unserer Befragungen');
  await fixtures.thread(closedGroup.categoryId, tobias, 'Befragungen der geschlossenen AG');
});
afterAll(() => database.close());

describe('asked before?', () => {
  it('finds an earlier question by another form of its words, with its session and answer', async () => {
    const result = await ask(frank, 'Befragungen der Anwohner');
    expect(result.questions).toContainEqual(
      expect.objectContaining({
        body: EARLIER_ANSWERED,
        status: 'answered',
        answer: 'Mit einer offenen Codierung der Freitextantworten.',
        sessionTitle: 'Sprechstunde Bürgerbefragungen',
      }),
    );
    expect(questionBodies(result)).toContain('Welche Fragebögen nutzt ihr für Befragungen im Quartier?');
  });

  it('forgives a typo and a compound', async () => {
    expect(questionBodies(await ask(frank, 'Befragnug der Anwohner'))).toContain(EARLIER_ANSWERED);
    expect(questionBodies(await ask(frank, 'Anwohnerbefragung'))).toContain(EARLIER_ANSWERED);
  });

  it('puts a near-duplicate first', async () => {
    const result = await ask(frank, 'Wie habt ihr eure Befragung der Anwohner ausgewertet');
    expect(result.questions[0]!.body).toBe(EARLIER_ANSWERED);
  });

  it('never shows questions of a group session the reader cannot read; staff see them', async () => {
    expect(questionBodies(await ask(frank, 'Befragung der Anwohner'))).not.toContain(CLOSED_GROUP_QUESTION);
    expect(questionBodies(await ask(moderator, 'Befragung der Anwohner'))).toContain(CLOSED_GROUP_QUESTION);
  });

  it('never shows questions waiting for approval, dismissed or merged ones, nor those of later sessions', async () => {
    const bodies = questionBodies(await ask(moderator, 'Befragung der Anwohner'));
    expect(bodies.join('\n')).not.toMatch(/Freigabe|ignorieren|doppelt|nächste Woche/);
  });

  it('suggests forum threads from public categories and the reader’s own groups only', async () => {
    const titles = threadTitles(await ask(frank, 'Befragungen'));
    expect(titles).toEqual(expect.arrayContaining(['Befragung von Anwohnern: Fragebogen gesucht', 'Auswertung unserer Befragungen']));
    expect(titles).not.toContain('Befragungen der geschlossenen AG');
    expect(threadTitles(await ask(moderator, 'Befragungen'))).toContain('Befragungen der geschlossenen AG');
  });

  it('answers at most five of each', async () => {
    const result = await ask(moderator, 'Befragung');
    expect(result.questions.length).toBeLessThanOrEqual(5);
    expect(result.threads.length).toBeLessThanOrEqual(5);
  });

  it('asks for 3 to 500 characters and hides a session the reader may not read', async () => {
    await expect(ask(frank, '  ab  ')).rejects.toMatchObject({ status: 400, fields: { q: expect.any(String) } });
    await expect(ask(frank, 'x'.repeat(501))).rejects.toMatchObject({ status: 400, fields: { q: expect.any(String) } });
    await expect(similar.similar(frank, current.id, {})).rejects.toMatchObject({ status: 400, fields: { q: expect.any(String) } });
    await expect(ask(frank, 'Befragung', closedSession.id)).rejects.toMatchObject({ status: 404 });
    await expect(ask(null, 'Befragung')).rejects.toMatchObject({ status: 404 });
    expect(await ask(frank, '?!…')).toEqual({ questions: [], threads: [] });
  });
});
