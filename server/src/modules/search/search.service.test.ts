import type { SearchItem, SearchResult } from '@praxisnetz/shared';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { groups } from '../../db/schema/index.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { findUserByEmail, type UserWithCity } from '../users/users.repo.ts';
import { searchFixtures } from './search.fixtures.ts';
import { createSearchService, type SearchService } from './search.service.ts';

let database: Database;
let search: SearchService;
let fixtures: ReturnType<typeof searchFixtures>;
let member: UserWithCity;
let sabine: UserWithCity;
let claire: UserWithCity;
let pending: UserWithCity;
let nadine: UserWithCity;
let moderator: UserWithCity;
let violenceGroup: number;

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;
const ids = (r: SearchResult, kind?: SearchItem['kind']) => r.items.filter((i) => !kind || i.kind === kind).map((i) => i.id);
/** The replies shown under the threads found. */
const replyIds = (r: SearchResult) => r.items.flatMap((i) => i.matches.map((m) => m.postId));
const find = (actor: UserWithCity | null, input: Record<string, string>) => search.search(actor, input);

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  search = createSearchService(database.db);
  fixtures = searchFixtures(database.db);
  [member, sabine, claire, pending, nadine, moderator] = await Promise.all([
    byKey('member'),
    byKey('sabine'),
    byKey('claire'),
    byKey('pending1'),
    byKey('nadine'),
    byKey('moderator'),
  ]);
  violenceGroup = (await database.db.select({ id: groups.id }).from(groups).where(eq(groups.slug, 'gewalt-gegen-frauen')))[0]!.id;
});
afterAll(() => database.close());

describe('each row in its own language', () => {
  it('finds a German reply by another form of its word: "Häuser" finds "Haus"', async () => {
    const t = await fixtures.thread(member, { title: 'Nachbarschaftshilfe', body: 'Wer kennt Modelle?' });
    const reply = await fixtures.reply(t.id, sabine, 'Bei uns hat jedes Haus im Block eine Ansprechperson.');
    expect(replyIds(await find(member, { q: 'Häuser' }))).toContain(reply);
  });

  it('stems English rows as English: "neighbourhoods" finds "neighbourhood"', async () => {
    const t = await fixtures.thread(member, { title: 'Watch schemes', body: 'Any experience?', lang: 'en' });
    const reply = await fixtures.reply(t.id, sabine, 'Our neighbourhood watch meets monthly.', { lang: 'en' });
    expect(replyIds(await find(member, { q: 'neighbourhoods' }))).toContain(reply);
  });

  it('stems French rows as French: "quartier" finds "quartiers", "sécurités" finds "sécurité"', async () => {
    const t = await fixtures.thread(claire, { title: 'Marches exploratoires', body: 'Des retours ?', lang: 'fr' });
    const reply = await fixtures.reply(t.id, claire, 'La sécurité dans nos quartiers prioritaires a progressé.', { lang: 'fr' });
    expect(replyIds(await find(member, { q: 'quartier' }))).toContain(reply);
    expect(replyIds(await find(member, { q: 'sécurités' }))).toContain(reply);
  });

  it('does not stem a French row the German way: "Räte" finds a German "Rat", not a French "rat"', async () => {
    const t = await fixtures.thread(member, { title: 'Gremienarbeit', body: 'Wie organisiert ihr euch?' });
    const german = await fixtures.reply(t.id, sabine, 'Unser Rat tagt viermal im Jahr.');
    const french = await fixtures.reply(t.id, claire, 'Un rat a été vu dans la cave du centre social.', { lang: 'fr' });
    const found = replyIds(await find(member, { q: 'Räte' }));
    expect(found).toContain(german);
    expect(found).not.toContain(french);
  });
});

describe('ranking and typos', () => {
  it('forgives a typo in a thread or document title', async () => {
    const t = await fixtures.thread(member, { title: 'Erfahrungen mit Sicherheitsaudits im Quartier', body: 'Wer hat Erfahrung?' });
    const doc = await fixtures.document(sabine, { title: 'Leitfaden Videoüberwachung im Bahnhofsumfeld', visibility: 'public' });
    expect(ids(await find(member, { q: 'Sicherheitsaudti' }), 'thread')).toContain(t.id);
    expect(ids(await find(null, { q: 'Videoüberwachnug' }), 'document')).toContain(doc);
  });

  it('puts a title hit above a mention in a reply', async () => {
    const titled = await fixtures.thread(member, { title: 'Wombat-Projekt im Stadtpark', body: 'Ein Bericht.' });
    const other = await fixtures.thread(member, { title: 'Allerlei', body: 'Nichts Besonderes.' });
    await fixtures.reply(other.id, sabine, 'Das erinnert mich an das Wombat-Projekt, das wir hatten.');
    const result = await find(member, { q: 'Wombat' });
    expect(result.items[0]).toMatchObject({ kind: 'thread', id: titled.id });
  });

  it('lists a thread once, with its best-matching replies underneath, each linking to itself', async () => {
    const t = await fixtures.thread(member, { title: 'Frage zur Beleuchtung', body: 'Wir planen Leuchtstelen am Kanalweg.' });
    const reply = await fixtures.reply(t.id, sabine, 'Leuchtstelen haben bei uns gut funktioniert.');
    const second = await fixtures.reply(t.id, claire, 'Auch wir haben Leuchtstelen, mit Bewegungsmeldern.');
    const result = await find(member, { q: 'Leuchtstelen' });
    expect(result.items.filter((i) => i.id === t.id)).toEqual([
      expect.objectContaining({ kind: 'thread', id: t.id, title: 'Frage zur Beleuchtung', url: `/threads/${t.id}`, language: 'de' }),
    ]);
    const [item] = result.items.filter((i) => i.id === t.id);
    expect(item!.matches.map((m) => m.postId).sort()).toEqual([reply, second].sort());
    expect(item!.matches[0]).toMatchObject({ url: expect.stringMatching(/^\/posts\/\d+$/), snippet: expect.stringContaining('<mark>') });
    expect(item!.matches.map((m) => m.postId)).not.toContain(t.openingId);
  });
});

describe('snippets', () => {
  it('highlights matches with <mark> and returns the source text escaped, without Markdown noise', async () => {
    const t = await fixtures.thread(member, { title: 'Vogelschutz', body: 'Start' });
    const body = 'Siehe [den Leitfaden](https://example.org/leitfaden) zum **Zaunkönig** & mehr: <script>alert(1)</script>';
    await fixtures.reply(t.id, sabine, body);
    const [item] = (await find(member, { q: 'Zaunkönig' })).items;
    const { snippet } = item!.matches[0]!;
    expect(snippet).toContain('<mark>Zaunkönig</mark>');
    expect(snippet).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
    expect(snippet).toContain('den Leitfaden');
    expect(snippet).toContain('&amp;');
    expect(snippet).not.toMatch(/example\.org|\*\*/);
    expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>]/);
  });

  it("shows the words around the match in a document's description and text", async () => {
    const content = `${'Einleitung und Methodik. '.repeat(400)}Der Abschnitt über Streuobstwiesen beschreibt die Begehung.`;
    const doc = await fixtures.document(sabine, { title: 'Bericht Grünflächen', description: 'Jahresbericht', content, visibility: 'public' });
    const item = (await find(null, { q: 'Streuobstwiesen' })).items.find((i) => i.id === doc)!;
    expect(item.snippet).toContain('<mark>Streuobstwiesen</mark>');
    expect(item.snippet.length).toBeLessThan(600);
  });
});

describe('only what the searcher may read', () => {
  it('never finds deleted replies or deleted documents, nor shows their text', async () => {
    const t = await fixtures.thread(member, { title: 'Tierisches', body: 'Das Schnabeltier war Thema.', openingDeleted: true });
    await fixtures.reply(t.id, sabine, 'Ein Schnabeltier im Teich.', { deleted: true });
    await fixtures.document(sabine, { title: 'Schnabeltier-Studie', content: 'Schnabeltier', visibility: 'public', deleted: true });
    expect((await find(member, { q: 'Schnabeltier' })).items).toEqual([]);
    expect(await search.suggest(member, { q: 'Schnabeltier' })).toEqual([]);
    const byTitle = (await find(member, { q: 'Tierisches' })).items.find((i) => i.id === t.id);
    expect(byTitle?.snippet).toBe('');
  });

  it('shows anonymous and pending users public documents only, in results and suggestions', async () => {
    await fixtures.thread(member, { title: 'Gürteltier im Quartier', body: 'Gürteltier gesichtet.' });
    const open = await fixtures.document(sabine, { title: 'Gürteltier-Broschüre', visibility: 'public' });
    const internal = await fixtures.document(sabine, { title: 'Gürteltier-Bericht', visibility: 'members' });
    // sabine is not in the group: having uploaded it does not let her read it
    const group = await fixtures.document(sabine, { title: 'Gürteltier-Arbeitsgruppe', visibility: 'group', groupId: violenceGroup });
    for (const outsider of [null, pending]) {
      const result = await find(outsider, { q: 'Gürteltier' });
      expect(result.items.map((i) => [i.kind, i.id])).toEqual([['document', open]]);
      expect((await search.suggest(outsider, { q: 'Gürtel' })).map((s) => s.id)).toEqual([open]);
    }
    const seen = await find(member, { q: 'Gürteltier' });
    expect(ids(seen, 'document').sort()).toEqual([open, internal].sort());
    expect(ids(seen, 'thread')).toHaveLength(1);
    expect(ids(await find(sabine, { q: 'Gürteltier' }), 'document')).not.toContain(group);
    expect(ids(await find(nadine, { q: 'Gürteltier' }), 'document')).toContain(group);
  });

  it("finds a working group's threads and replies only for its members and network staff", async () => {
    const t = await fixtures.thread(nadine, { title: 'Erdferkel-Fallkonferenz', body: 'Erdferkel im Protokoll.', category: 'ag-gewalt-gegen-frauen' });
    const reply = await fixtures.reply(t.id, nadine, 'Noch ein Erdferkel in der Antwort.');
    for (const reader of [nadine, moderator]) {
      const found = await find(reader, { q: 'Erdferkel' });
      expect(ids(found, 'thread'), reader.displayName).toEqual([t.id]);
      expect(replyIds(found), reader.displayName).toEqual([reply]);
      expect((await search.suggest(reader, { q: 'Erdferkel' })).map((s) => s.id)).toEqual([t.id]);
    }
    for (const outsider of [member, sabine]) {
      expect((await find(outsider, { q: 'Erdferkel' })).items, outsider.displayName).toEqual([]);
      expect(await search.suggest(outsider, { q: 'Erdferkel' })).toEqual([]);
      expect((await find(outsider, { q: 'Erdferkel', category: 'ag-gewalt-gegen-frauen' })).items).toEqual([]);
    }
  });
});

describe('filters', () => {
  let items: Record<'deThread' | 'deReply' | 'enThread' | 'deDoc' | 'frDoc', number>;
  beforeAll(async () => {
    const deThread = await fixtures.thread(member, {
      title: 'Kolibri-Beobachtung',
      body: 'Kolibri',
      category: 'wohnungseinbruch',
      at: new Date('2023-05-01T12:00:00Z'),
    });
    const deReply = await fixtures.reply(deThread.id, sabine, 'Noch ein Kolibri.', { at: new Date('2024-02-01T12:00:00Z') });
    const enThread = await fixtures.thread(claire, {
      title: 'Kolibri sightings',
      body: 'A kolibri again.',
      lang: 'en',
      category: 'bahnhofsviertel',
      at: new Date('2024-06-01T12:00:00Z'),
    });
    const deDoc = await fixtures.document(member, { title: 'Kolibri-Leitfaden', city: 'augsburg', year: 2023, topics: ['wohnungseinbruch'] });
    const frDoc = await fixtures.document(claire, {
      title: 'Guide Kolibri',
      lang: 'fr',
      city: 'strasbourg',
      year: 2024,
      topics: ['bahnhofsviertel'],
    });
    items = { deThread: deThread.id, deReply, enThread: enThread.id, deDoc, frDoc };
  });
  const kolibri = async (filter: Record<string, string>) =>
    (await find(member, { q: 'Kolibri', ...filter })).items.flatMap((i) => [`${i.kind}:${i.id}`, ...i.matches.map((m) => `post:${m.postId}`)]).sort();
  const keys = (...names: (keyof typeof items)[]) =>
    names.map((n) => `${n.endsWith('Doc') ? 'document' : n.endsWith('Reply') ? 'post' : 'thread'}:${items[n]}`).sort();

  it('narrows to one kind; a reply shows under its thread', async () => {
    expect(await kolibri({ kind: 'thread' })).toEqual(keys('deThread', 'deReply', 'enThread'));
    expect(await kolibri({ kind: 'document' })).toEqual(keys('deDoc', 'frDoc'));
  });

  it("narrows to a category: the thread's for threads and replies, a topic for documents", async () => {
    expect(await kolibri({ category: 'wohnungseinbruch' })).toEqual(keys('deThread', 'deReply', 'deDoc'));
  });

  it("narrows to a city: the author's for threads and replies, the document's own", async () => {
    expect(await kolibri({ city: 'augsburg' })).toEqual(keys('deThread', 'deDoc'));
    expect(await kolibri({ city: 'strasbourg' })).toEqual(keys('enThread', 'frDoc'));
  });

  it('narrows to a year, a date range and a language', async () => {
    // A thread counts by the day it was opened: the 2024 reply of a 2023 thread does not make it a 2024 one.
    expect(await kolibri({ year: '2024' })).toEqual(keys('enThread', 'frDoc'));
    expect(await kolibri({ from: '2023-04-30', to: '2023-05-01', kind: 'thread' })).toEqual(keys('deThread'));
    expect(await kolibri({ lang: 'fr' })).toEqual(keys('frDoc'));
    expect(await kolibri({ lang: 'en' })).toEqual(keys('enThread'));
  });

  it('finds nothing for an unknown category or city', async () => {
    expect(await kolibri({ category: 'gibt-es-nicht' })).toEqual([]);
    expect(await kolibri({ city: 'atlantis' })).toEqual([]);
  });
});

describe('paging and input', () => {
  it('pages through ranked results in disjoint pages and ends with no cursor', async () => {
    const replies = [];
    for (let i = 0; i < 45; i++) replies.push((await fixtures.thread(member, { title: `Zählthema ${i}`, body: `Über den Pinguin${' und mehr'.repeat(i % 7)}.` })).id);
    const seen: number[] = [];
    let cursor: string | null = null;
    let pages = 0;
    do {
      const page: SearchResult = await find(member, { q: 'Pinguin', ...(cursor && { cursor }) });
      seen.push(...ids(page));
      cursor = page.nextCursor;
      pages++;
    } while (cursor);
    expect(pages).toBe(3);
    expect(new Set(seen).size).toBe(45);
    expect(seen.sort()).toEqual(replies.sort());
  });

  it('refuses a cursor it did not issue', async () => {
    for (const cursor of ['garbage', Buffer.from('{"o":7}').toString('base64url'), Buffer.from('{"o":-20}').toString('base64url')]) {
      await expect(find(member, { q: 'Pinguin', cursor })).rejects.toMatchObject({ status: 400, fields: { cursor: expect.any(String) } });
    }
  });

  it('refuses an empty or overlong query, naming the field', async () => {
    for (const q of ['', '   ', 'x'.repeat(201), '\u0000\u0001']) {
      await expect(find(member, { q })).rejects.toMatchObject({ status: 400, fields: { q: expect.any(String) } });
    }
    await expect(find(member, { q: 'Kolibri', kind: 'forum' })).rejects.toMatchObject({ status: 400, fields: { kind: expect.any(String) } });
  });
});

describe('suggestions', () => {
  it('suggests at most eight titles as you type, those containing the typed word first', async () => {
    for (let i = 0; i < 10; i++) await fixtures.thread(member, { title: `Quokka-Treffen Nummer ${i}`, body: 'x' });
    const suggestions = await search.suggest(member, { q: 'Quokka' });
    expect(suggestions).toHaveLength(8);
    expect(suggestions[0]).toMatchObject({ kind: 'thread', title: expect.stringContaining('Quokka'), url: expect.stringMatching(/^\/threads\/\d+$/) });
  });

  it('suggests a title despite a typo', async () => {
    const t = await fixtures.thread(member, { title: 'Konzept Nachtbürgermeisterin', body: 'x' });
    expect((await search.suggest(member, { q: 'Nachtbürgermeistrin' })).map((s) => s.id)).toContain(t.id);
  });
});
