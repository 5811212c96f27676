import type { Collection, CollectionSummary } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, upload } from '../support/uploads.ts';

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let lead: ApiClient;
let categorySlug: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['member', 'moderator', 'sabine'].map((k) => signedIn(server.url, k)));
  [member, moderator, lead] = [clients[0]!, clients[1]!, clients[2]!];
  categorySlug = (await member.get('/api/categories')).body.items[0].slug;
});
afterAll(() => server.close());

const newThread = async (client: ApiClient, title: string, slug = categorySlug) =>
  (await client.post('/api/threads', { categorySlug: slug, title, body: 'Wie wir das Sicherheitsaudit im Quartier aufgesetzt haben.' })).body.thread as { id: number };

async function newCollection(title: string, fields: Record<string, unknown> = {}) {
  const res = await moderator.post('/api/collections', { title, intro: 'Was man **vor** dem ersten Audit lesen sollte.', ...fields });
  expect(res.status).toBe(201);
  return res.body.collection as Collection;
}

const titles = (c: Collection) => c.entries.map((e) => e.title);

describe('collections', () => {
  it('are written by moderators with an introduction and a topic, read by members, and logged', async () => {
    const created = await newCollection('Gewalt gegen Frauen: Einstieg', { topic: 'gewalt-gegen-frauen' });
    expect(created).toMatchObject({ slug: 'gewalt-gegen-frauen-einstieg', topic: { slug: 'gewalt-gegen-frauen' }, entryCount: 0, permissions: { canEdit: true } });
    expect(created.introHtml).toContain('<strong>vor</strong>');
    // A second one with the same title gets its own address.
    expect((await newCollection('Gewalt gegen Frauen: Einstieg')).slug).toBe('gewalt-gegen-frauen-einstieg-2');

    const read = await member.get('/api/collections/gewalt-gegen-frauen-einstieg');
    expect(read.body.collection).toMatchObject({ title: 'Gewalt gegen Frauen: Einstieg', permissions: { canEdit: false } });
    const list = await member.get('/api/collections?topic=gewalt-gegen-frauen');
    expect(list.body.permissions).toEqual({ canCreate: false });
    expect((list.body.items as CollectionSummary[]).map((c) => c.slug)).toEqual(['gewalt-gegen-frauen-einstieg']);

    expect((await new ApiClient(server.url).get('/api/collections')).status).toBe(401);
    expect((await member.post('/api/collections', { title: 'Meine Liste' })).status).toBe(403);
    expect((await lead.patch('/api/collections/gewalt-gegen-frauen-einstieg', { title: 'Übernommen' })).status).toBe(403);

    const log = (await moderator.get('/api/moderation/log?action=collection.')).body.items;
    expect(log.map((e: { action: string }) => e.action)).toEqual(['collection.create', 'collection.create']);
  });

  it('hold threads and documents in the order moderators give them, each with a note', async () => {
    const c = await newCollection('Häusliche Gewalt: Materialien');
    const first = await newThread(member, 'Fallkonferenzen bei häuslicher Gewalt');
    const second = await newThread(member, 'Hochrisikomanagement in der Kommune');
    const doc = (await new ApiClient(server.url).get('/api/documents')).body.items[0];

    const add = (fields: Record<string, unknown>) => moderator.post(`/api/collections/${c.slug}/entries`, fields);
    expect((await add({ targetType: 'thread', targetId: first.id, note: 'Der Klassiker.' })).status).toBe(201);
    expect((await add({ targetType: 'thread', targetId: second.id })).status).toBe(201);
    const withDoc = await add({ targetType: 'document', targetId: doc.id, note: 'Zum Ausdrucken.' });
    expect(titles(withDoc.body.collection)).toEqual(['Fallkonferenzen bei häuslicher Gewalt', 'Hochrisikomanagement in der Kommune', doc.title]);
    expect(withDoc.body.collection.entries[2]).toMatchObject({ targetType: 'document', href: `/library/${doc.id}`, note: 'Zum Ausdrucken.' });

    const again = await add({ targetType: 'thread', targetId: first.id });
    expect(again.status).toBe(409);
    expect(again.body.error.fields).toHaveProperty('targetId');
    const missing = await add({ targetType: 'thread', targetId: 999999 });
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('targetId');
    expect((await add({ targetType: 'post', targetId: first.id })).body.error.fields).toHaveProperty('targetType');

    const docEntry = withDoc.body.collection.entries[2];
    const moved = await moderator.patch(`/api/collections/${c.slug}/entries/${docEntry.id}`, { position: 0, note: '' });
    expect(titles(moved.body.collection)).toEqual([doc.title, 'Fallkonferenzen bei häuslicher Gewalt', 'Hochrisikomanagement in der Kommune']);
    expect(moved.body.collection.entries[0].note).toBeNull();
    expect((await moderator.patch(`/api/collections/${c.slug}/entries/${docEntry.id}`, {})).body.error.fields).toHaveProperty('note');

    const firstEntry = moved.body.collection.entries[1];
    const removed = await moderator.delete(`/api/collections/${c.slug}/entries/${firstEntry.id}`);
    expect(titles(removed.body.collection)).toEqual([doc.title, 'Hochrisikomanagement in der Kommune']);
    expect((await moderator.delete(`/api/collections/${c.slug}/entries/${firstEntry.id}`)).status).toBe(404);
    // The thread itself stays.
    expect((await member.get(`/api/threads/${first.id}`)).status).toBe(200);
  });

  it("show each reader only the entries they may open: a group's thread and document only to its members", async () => {
    const c = await newCollection('Aus den Arbeitsgruppen');
    const group = await createGroup(moderator, ['sabine']);
    const groupThread = await newThread(lead, 'Interner Stand der Gruppe', group.categorySlug);
    const groupDoc = (await upload(lead, documentFields({ title: 'Konzept der Gruppe', visibility: 'group', groupId: String(group.id) }), { name: 'konzept.txt', content: 'Konzept' })).body.document;
    const open = await newThread(member, 'Offene Frage an alle');
    for (const [targetType, targetId] of [['thread', groupThread.id], ['document', groupDoc.id], ['thread', open.id]] as const) {
      expect((await moderator.post(`/api/collections/${c.slug}/entries`, { targetType, targetId })).status).toBe(201);
    }

    const forLead = (await lead.get(`/api/collections/${c.slug}`)).body.collection as Collection;
    expect(titles(forLead)).toEqual(['Interner Stand der Gruppe', 'Konzept der Gruppe', 'Offene Frage an alle']);
    expect(forLead.entries[0]!.group).toMatchObject({ id: group.id });
    const forMember = (await member.get(`/api/collections/${c.slug}`)).body.collection as Collection;
    expect(titles(forMember)).toEqual(['Offene Frage an alle']);
    expect((await member.get('/api/collections')).body.items.find((s: CollectionSummary) => s.slug === c.slug).entryCount).toBe(1);
  });

  it('refuses an unknown topic and a short title naming the field, and goes without touching its entries', async () => {
    const badTopic = await moderator.post('/api/collections', { title: 'Jugend und Gewalt', topic: 'gibt-es-nicht' });
    expect(badTopic.status).toBe(400);
    expect(badTopic.body.error.fields).toHaveProperty('topic');
    expect((await moderator.post('/api/collections', { title: 'J' })).body.error.fields).toHaveProperty('title');

    const c = await newCollection('Jugend und Gewalt');
    const thread = await newThread(member, 'Gewaltprävention an Schulen');
    await moderator.post(`/api/collections/${c.slug}/entries`, { targetType: 'thread', targetId: thread.id });
    const renamed = await moderator.patch(`/api/collections/${c.slug}`, { title: 'Jugend, Schule und Gewalt', topic: '' });
    expect(renamed.body.collection).toMatchObject({ slug: c.slug, title: 'Jugend, Schule und Gewalt', topic: null });
    expect((await moderator.delete(`/api/collections/${c.slug}`)).status).toBe(204);
    expect((await member.get(`/api/collections/${c.slug}`)).status).toBe(404);
    expect((await member.get(`/api/threads/${thread.id}`)).status).toBe(200);
  });
});
