import type { ThreadSummary, Topic } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let admin: ApiClient;
let moderator: ApiClient;
let member: ApiClient;
let nadine: ApiClient;
let lena: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['admin', 'moderator', 'member', 'nadine', 'lena'].map((k) => signedIn(server.url, k)));
  [admin, moderator, member, nadine, lena] = clients as [ApiClient, ApiClient, ApiClient, ApiClient, ApiClient];
});
afterAll(() => server.close());

const body = 'Wie habt ihr das in eurer Stadt gelöst? Wir suchen Erfahrungen aus anderen Kommunen.';
const topicsOf = (thread: ThreadSummary) => thread.topics.map((t) => t.slug);

async function newThread(client: ApiClient, fields: Record<string, unknown>) {
  const res = await client.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Beratung nach Einbruch', body, ...fields });
  expect(res.status).toBe(201);
  return res.body.thread as ThreadSummary;
}

describe('the topic vocabulary', () => {
  it('is kept by administrators in three languages, read by everyone, and every change is logged', async () => {
    const created = await admin.post('/api/topics', { name: { de: 'Häusliche Gewalt', en: 'Domestic violence', fr: 'Violences domestiques' } });
    expect(created.status).toBe(201);
    expect(created.body.topic).toMatchObject({ slug: 'haeusliche-gewalt', name: { de: 'Häusliche Gewalt', en: 'Domestic violence', fr: 'Violences domestiques' } });

    const visitor = await new ApiClient(server.url).get('/api/topics');
    expect(visitor.status).toBe(200);
    expect((visitor.body.items as Topic[]).map((t) => t.slug)).toContain('haeusliche-gewalt');

    const renamed = await admin.patch('/api/topics/haeusliche-gewalt', { name: { de: 'Häusliche Gewalt', en: 'Domestic abuse', fr: 'Violences conjugales' }, position: 0 });
    expect(renamed.body.topic).toMatchObject({ name: { en: 'Domestic abuse', fr: 'Violences conjugales' }, position: 0 });

    const log = (await admin.get('/api/moderation/log?action=topic.')).body.items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['topic.update', 'topic.create']);
  });

  it('refuses others, a taken address and names missing a language, naming the field', async () => {
    const names = { de: 'Sucht', en: 'Addiction', fr: 'Addictions' };
    expect((await moderator.post('/api/topics', { name: names })).status).toBe(403);
    expect((await member.patch('/api/topics/wohnungseinbruch', { position: 3 })).status).toBe(403);
    expect((await moderator.delete('/api/topics/wohnungseinbruch')).status).toBe(403);
    const taken = await admin.post('/api/topics', { slug: 'wohnungseinbruch', name: names });
    expect(taken.status).toBe(409);
    expect(taken.body.error.fields).toHaveProperty('slug');
    const missing = await admin.post('/api/topics', { name: { de: 'Sucht', en: 'Addiction' } });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty(['name.fr']);
    const badSlug = await admin.post('/api/topics', { slug: 'Sucht und Drogen', name: names });
    expect(badSlug.body.error.fields).toHaveProperty('slug');
    expect((await admin.patch('/api/topics/gibt-es-nicht', { position: 1 })).status).toBe(404);
  });
});

describe('threads on topics', () => {
  it('carry the topics chosen when they are opened, and their author changes them', async () => {
    const thread = await newThread(member, { topics: ['wohnungseinbruch', 'seniorensicherheit-betrug'] });
    expect(topicsOf(thread)).toEqual(['wohnungseinbruch', 'seniorensicherheit-betrug']);
    expect(thread.topics[0]!.name.fr).toBeTruthy();

    const edited = await member.patch(`/api/threads/${thread.id}`, { topics: ['kommunale-kriminalpraevention'] });
    expect(edited.status).toBe(200);
    expect(topicsOf((await member.get(`/api/threads/${thread.id}`)).body.thread)).toEqual(['kommunale-kriminalpraevention']);
    // The author's own change is no moderation.
    expect((await admin.get(`/api/moderation/log?thread=${thread.id}`)).body.items).toEqual([]);

    const byModerator = await moderator.patch(`/api/threads/${thread.id}`, { topics: ['wohnungseinbruch'] });
    expect(byModerator.status).toBe(200);
    expect((await admin.get(`/api/moderation/log?thread=${thread.id}`)).body.items[0]).toMatchObject({ action: 'thread.topics', details: { topics: 'wohnungseinbruch' } });
    expect((await nadine.patch(`/api/threads/${thread.id}`, { topics: [] })).status).toBe(403);
  });

  it('refuses an unknown topic and more than five, creating nothing', async () => {
    const before = (await member.get('/api/categories/wohnungseinbruch/threads')).body.items.length;
    const unknown = await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Ein unbekanntes Thema', body, topics: ['gibt-es-nicht'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('topics');
    const six = ['wohnungseinbruch', 'bahnhofsviertel', 'jugenddelinquenz', 'digitale-kriminalitaet', 'praeventionsgremien', 'gewalt-gegen-frauen'];
    const tooMany = await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Zu viele Themen', body, topics: six });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.error.fields).toHaveProperty('topics');
    expect((await member.get('/api/categories/wohnungseinbruch/threads')).body.items.length).toBe(before);
  });

  it("lists a topic's threads across categories, a working group's only to its members", async () => {
    const open = await newThread(member, { categorySlug: 'bahnhofsviertel', title: 'Alkoholverbot am Bahnhof', topics: ['drogen-schadensminderung'] });
    const closed = await newThread(nadine, { categorySlug: 'ag-gewalt-gegen-frauen', title: 'Interne Fallbesprechung', topics: ['drogen-schadensminderung'] });
    const ids = async (client: ApiClient) => ((await client.get('/api/topics/drogen-schadensminderung/threads')).body.items as ThreadSummary[]).map((t) => t.id);
    expect(await ids(nadine)).toEqual(expect.arrayContaining([open.id, closed.id]));
    expect(await ids(lena)).toContain(closed.id);
    expect(await ids(member)).toContain(open.id);
    expect(await ids(member)).not.toContain(closed.id);
    expect((await new ApiClient(server.url).get('/api/topics/drogen-schadensminderung/threads')).status).toBe(401);

    const inCategory = (await member.get('/api/categories/bahnhofsviertel/threads?topic=drogen-schadensminderung')).body.items as ThreadSummary[];
    expect(inCategory.length).toBeGreaterThan(0);
    expect(inCategory.every((t) => topicsOf(t).includes('drogen-schadensminderung'))).toBe(true);
    const broken = await member.get('/api/categories/bahnhofsviertel/threads?topic=drogen%00');
    expect(broken.status).toBe(400);
    expect(broken.body.error.fields).toHaveProperty('topic');
  });

  it('narrow the search to a topic: threads, their replies and documents carrying it', async () => {
    const thread = await newThread(member, { title: 'Kolibri-Nachbarschaftshilfe', topics: ['seniorensicherheit-betrug'] });
    const found = async (topic: string) => ((await member.get(`/api/search?q=Kolibri&topic=${topic}`)).body.items as { id: number }[]).map((i) => i.id);
    expect(await found('seniorensicherheit-betrug')).toContain(thread.id);
    expect(await found('bahnhofsviertel')).not.toContain(thread.id);
  });

  it('lose a deleted topic and stay where they are', async () => {
    await admin.post('/api/topics', { slug: 'kurzlebig', name: { de: 'Kurzlebig', en: 'Short-lived', fr: 'Éphémère' } });
    const thread = await newThread(member, { title: 'Ein kurzlebiges Thema', topics: ['kurzlebig', 'wohnungseinbruch'] });
    expect((await admin.delete('/api/topics/kurzlebig')).status).toBe(204);
    const after = (await member.get(`/api/threads/${thread.id}`)).body.thread as ThreadSummary;
    expect(topicsOf(after)).toEqual(['wohnungseinbruch']);
    expect((await admin.get('/api/moderation/log?action=topic.delete')).body.items[0]).toMatchObject({ details: { topic: 'kurzlebig' } });
  });
});
