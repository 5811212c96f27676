import type { Notification } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, nextEvent } from '../support/sockets.ts';

let server: TestServer;
let asker: ApiClient;
let sabine: ApiClient;
let tobias: ApiClient;
let lena: ApiClient;
let category: { id: number; slug: string };

beforeAll(async () => {
  server = await startTestServer();
  [asker, sabine, tobias, lena] = await Promise.all([
    signedIn(server.url, 'member'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'tobias'),
    signedIn(server.url, 'lena'),
  ]);
  category = (await asker.get('/api/categories')).body.items[0];
});
afterAll(() => server.close());

async function ask(client = asker, categorySlug = category.slug) {
  const res = await client.post('/api/threads', { categorySlug, title: `Wer kennt sich mit Angsträumen aus? ${Date.now()}`, body: 'Wir planen eine Begehung.' });
  expect(res.status).toBe(201);
  return res.body.thread as { id: number; title: string };
}

async function reply(client: ApiClient, threadId: number, body = 'Wir haben gute Erfahrungen gemacht.') {
  const res = await client.post(`/api/threads/${threadId}/posts`, { body });
  expect(res.status).toBe(201);
  return res.body.post as { id: number };
}

async function notificationsOf(client: ApiClient): Promise<{ items: Notification[]; unread: number }> {
  const res = await client.get('/api/notifications');
  expect(res.status).toBe(200);
  return res.body;
}

/** The watchers are told by a background job after the reply's commit. */
const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000, interval: 50 });

describe('notifications of replies', () => {
  it('tells the asker of replies, collapsed into one entry until read', async () => {
    const thread = await ask();
    const first = await reply(sabine, thread.id);
    await eventually(async () => (await notificationsOf(asker)).items.filter((n) => n.thread?.id === thread.id)).toMatchObject([
      { kind: 'reply', count: 1, postId: first.id, thread: { id: thread.id, title: thread.title }, actor: { displayName: expect.any(String) }, readAt: null },
    ]);

    await reply(tobias, thread.id);
    await eventually(async () => (await notificationsOf(asker)).items.filter((n) => n.thread?.id === thread.id)).toMatchObject([
      { count: 2, postId: first.id },
    ]);

    expect((await asker.post('/api/notifications/read', { all: true })).body).toEqual({ unread: 0 });
    expect((await notificationsOf(asker)).unread).toBe(0);
    expect((await asker.get('/api/notifications/unread')).body).toEqual({ unread: 0 });

    const third = await reply(lena, thread.id);
    await eventually(async () => (await notificationsOf(asker)).items.filter((n) => n.thread?.id === thread.id).map((n) => [n.postId, n.count, n.readAt === null])).toEqual([
      [third.id, 1, true],
      [first.id, 2, false],
    ]);
    expect((await notificationsOf(asker)).unread).toBe(1);
  });

  it('tells those who replied, never the writer themselves, and marks one entry read', async () => {
    const thread = await ask();
    await reply(sabine, thread.id);
    await reply(asker, thread.id, 'Danke, das hilft.');
    await eventually(async () => (await notificationsOf(sabine)).items.filter((n) => n.thread?.id === thread.id).length).toBe(1);
    const mine = (await notificationsOf(sabine)).items.find((n) => n.thread?.id === thread.id)!;
    const before = (await notificationsOf(sabine)).unread;
    expect((await sabine.post('/api/notifications/read', { ids: [mine.id] })).body).toEqual({ unread: before - 1 });
    // the asker's own reply told the asker nothing; sabine's did
    const askers = (await notificationsOf(asker)).items.filter((n) => n.thread?.id === thread.id);
    expect(askers.map((n) => n.count)).toEqual([1]);
  });

  it('tells category watchers of replies in any thread, and muting wins over watching', async () => {
    expect((await lena.put('/api/watch', { target: 'category', id: category.id, level: 'watching' })).body).toEqual({ level: 'watching' });
    const thread = await ask();
    // the asker watches the thread (they started it) but mutes the whole category
    expect((await asker.put('/api/watch', { target: 'category', id: category.id, level: 'muted' })).status).toBe(200);
    await reply(tobias, thread.id);
    await eventually(async () => (await notificationsOf(lena)).items.some((n) => n.thread?.id === thread.id)).toBe(true);
    expect((await notificationsOf(asker)).items.some((n) => n.thread?.id === thread.id)).toBe(false);
    await asker.put('/api/watch', { target: 'category', id: category.id, level: 'normal' });
    await lena.put('/api/watch', { target: 'category', id: category.id, level: 'normal' });
  });

  it('lists replies in a tracked thread with their count, but keeps them out of the bell', async () => {
    const thread = await ask();
    expect((await lena.put('/api/watch', { target: 'thread', id: thread.id, level: 'tracking' })).body).toEqual({ level: 'tracking' });
    const before = (await notificationsOf(lena)).unread;
    await reply(sabine, thread.id);
    await reply(tobias, thread.id);
    await eventually(async () => (await notificationsOf(lena)).items.find((n) => n.thread?.id === thread.id)?.count).toBe(2);
    const after = await notificationsOf(lena);
    expect(after.items.find((n) => n.thread?.id === thread.id)?.quiet).toBe(true);
    expect(after.unread).toBe(before);
  });

  it('lets a member turn off watching the threads they write in', async () => {
    const off = await tobias.put('/api/me/auto-watch', { autoWatch: false });
    expect(off.status).toBe(200);
    expect(off.body.user.autoWatch).toBe(false);
    expect((await tobias.put('/api/me/auto-watch', { autoWatch: 'nein' })).body.error.fields).toHaveProperty('autoWatch');
    const thread = await ask();
    await reply(tobias, thread.id, 'Einmal gesagt.');
    await reply(sabine, thread.id, 'Darauf geantwortet.');
    // the asker hearing of sabine's reply shows the job has run
    await eventually(async () => (await notificationsOf(asker)).items.find((n) => n.thread?.id === thread.id)?.count).toBe(2);
    expect((await notificationsOf(tobias)).items.some((n) => n.thread?.id === thread.id)).toBe(false);
    await tobias.put('/api/me/auto-watch', { autoWatch: true });
  });

  it('lets a member stop watching a thread', async () => {
    const thread = await ask();
    expect((await asker.put('/api/watch', { target: 'thread', id: thread.id, level: 'normal' })).body).toEqual({ level: 'normal' });
    await lena.put('/api/watch', { target: 'thread', id: thread.id, level: 'watching' });
    await reply(sabine, thread.id);
    // lena hearing of it shows the reply's job has run
    await eventually(async () => (await notificationsOf(lena)).items.some((n) => n.thread?.id === thread.id)).toBe(true);
    expect((await notificationsOf(asker)).items.some((n) => n.thread?.id === thread.id)).toBe(false);
  });

  it("drops a group thread's entries for a member who left the group", async () => {
    const admin = await signedIn(server.url, 'admin');
    const group = await createGroup(admin, ['sabine']);
    await addMember(sabine, group.id, tobias, 'tobias');
    const thread = await ask(tobias, group.categorySlug);
    await reply(sabine, thread.id);
    await eventually(async () => (await notificationsOf(tobias)).items.some((n) => n.thread?.id === thread.id)).toBe(true);
    const before = (await notificationsOf(tobias)).unread;
    expect((await tobias.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    const after = await notificationsOf(tobias);
    expect(after.items.some((n) => n.thread?.id === thread.id)).toBe(false);
    expect(after.unread).toBe(before - 1);
  });

  it('sends the new unread count to every tab of the member, live', async () => {
    const thread = await ask();
    const socket = connectSocket(server.url, asker.cookie);
    await connected(socket);
    const counted = nextEvent(socket, 'notifications:unread', 5000);
    const before = (await notificationsOf(asker)).unread;
    await reply(lena, thread.id);
    expect(await counted).toEqual({ unread: before + 1 });
    socket.disconnect();
  });
});

describe('mentions and quotes', () => {
  const idOf = async (client: ApiClient) => (await client.get('/api/me')).body.user as { id: number; displayName: string };
  const mention = (u: { id: number; displayName: string }) => `@[${u.displayName}](/users/${u.id})`;
  const entriesIn = async (client: ApiClient, threadId: number) => (await notificationsOf(client)).items.filter((n) => n.thread?.id === threadId);

  it('tells a mentioned member once, as a mention and not also as a reply, and offers them in the composer', async () => {
    const thread = await ask();
    const lenaUser = await idOf(lena);
    await lena.put('/api/watch', { target: 'thread', id: thread.id, level: 'watching' });
    const offered = await sabine.get(`/api/mentionable?q=${encodeURIComponent(lenaUser.displayName.slice(0, 3))}&thread=${thread.id}`);
    expect(offered.status).toBe(200);
    expect(offered.body.items.map((a: { id: number }) => a.id)).toContain(lenaUser.id);
    await reply(sabine, thread.id, `Das weiß ${mention(lenaUser)} am besten.`);
    await eventually(async () => (await entriesIn(lena, thread.id)).map((n) => n.kind)).toEqual(['mention']);
    // The asker, who watches the thread, hears of it as a reply.
    await eventually(async () => (await entriesIn(asker, thread.id)).map((n) => n.kind)).toEqual(['reply']);
  });

  it('tells the author of a quoted post, and those an edit newly mentions', async () => {
    const thread = await ask();
    const opening = (await asker.get(`/api/threads/${thread.id}`)).body.thread.openingPost as { id: number };
    await reply(tobias, thread.id, `> **Asker** [schrieb](/posts/${opening.id}):\n> Wir planen eine Begehung.\n\nWir auch.`);
    await eventually(async () => (await entriesIn(asker, thread.id)).map((n) => n.kind)).toEqual(['quote']);

    const lenaUser = await idOf(lena);
    const post = await reply(sabine, thread.id, 'Zuerst ohne Namen.');
    expect((await sabine.patch(`/api/posts/${post.id}`, { body: `Jetzt mit ${mention(lenaUser)}.` })).status).toBe(200);
    await eventually(async () => (await entriesIn(lena, thread.id)).map((n) => n.kind)).toEqual(['mention']);
  });

  it("neither offers nor tells people who cannot read a group's thread", async () => {
    const admin = await signedIn(server.url, 'admin');
    const group = await createGroup(admin, ['sabine']);
    const thread = await ask(sabine, group.categorySlug);
    const lenaUser = await idOf(lena);
    const offered = await sabine.get(`/api/mentionable?q=${encodeURIComponent(lenaUser.displayName.slice(0, 3))}&thread=${thread.id}`);
    expect(offered.body.items.map((a: { id: number }) => a.id)).not.toContain(lenaUser.id);
    await reply(sabine, thread.id, `Hallo ${mention(lenaUser)}!`);
    // a second, readable mention in the open forum shows the job ran
    const open = await ask(sabine);
    await reply(tobias, open.id, `Hallo ${mention(lenaUser)}!`);
    await eventually(async () => (await entriesIn(lena, open.id)).length).toBe(1);
    expect(await entriesIn(lena, thread.id)).toEqual([]);
  });

  it('answers wrong autocomplete input with 4xx naming the field', async () => {
    const thread = await ask();
    expect((await asker.get(`/api/mentionable?thread=${thread.id}`)).body.error.fields).toHaveProperty('q');
    expect((await asker.get(`/api/mentionable?q=Le&thread=${thread.id}&category=${category.slug}`)).body.error.fields).toHaveProperty('thread');
    expect((await asker.get('/api/mentionable?q=Le&thread=2000000000')).status).toBe(404);
    expect((await new ApiClient(server.url).get(`/api/mentionable?q=Le&thread=${thread.id}`)).status).toBe(401);
  });
});

describe('bad input to notifications and watching', () => {
  it('answers 401 to visitors and 4xx naming the field to wrong input', async () => {
    expect((await new ApiClient(server.url).get('/api/notifications')).status).toBe(401);
    const level = await asker.put('/api/watch', { target: 'thread', id: 1, level: 'loud' });
    expect(level.status).toBe(400);
    expect(level.body.error.fields).toHaveProperty('level');
    const target = await asker.put('/api/watch', { target: 'city', id: 1, level: 'watching' });
    expect(target.body.error.fields).toHaveProperty('target');
    expect((await asker.put('/api/watch', { target: 'thread', id: 2_000_000_000, level: 'watching' })).status).toBe(404);
    expect((await asker.post('/api/notifications/read', {})).status).toBe(400);
    expect((await asker.post('/api/notifications/read', { ids: ['eins'] })).status).toBe(400);
    expect((await asker.get('/api/notifications?cursor=kaputt')).status).toBe(400);
  });

  it("keeps a group's threads unknown to outsiders who try to watch them", async () => {
    const admin = await signedIn(server.url, 'admin');
    const group = await createGroup(admin, ['sabine']);
    const thread = await ask(sabine, group.categorySlug);
    expect((await lena.put('/api/watch', { target: 'thread', id: thread.id, level: 'watching' })).status).toBe(404);
    expect((await lena.put('/api/watch', { target: 'group', id: group.id, level: 'watching' })).status).toBe(404);
  });
});
