import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Post } from '@praxisnetz/shared';
import { type ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, joinThread, nextEvent, type TestSocket } from '../support/sockets.ts';

let server: TestServer;
let reader: ApiClient;
let writer: ApiClient;
let category: string;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [reader, writer] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'moderator')]);
  category = (await reader.get('/api/categories')).body.items[0].slug;
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => server.close());

async function openSocket(client: ApiClient, transport: 'websocket' | 'polling' = 'websocket') {
  const socket = connectSocket(server.url, client.cookie, transport);
  sockets.push(socket);
  await connected(socket);
  return socket;
}

async function newThread() {
  const res = await writer.post('/api/threads', { categorySlug: category, title: 'Live-Austausch zur Prävention', body: 'Start' });
  return res.body.thread.id as number;
}

describe('live thread updates', () => {
  it('shows a second reader a new reply within a second', async () => {
    const threadId = await newThread();
    const socket = await openSocket(reader);
    expect(await joinThread(socket, threadId)).toEqual({ ok: true });
    const arriving = nextEvent(socket, 'post:created', 1000);
    const sent = await writer.post(`/api/threads/${threadId}/posts`, { body: 'Neue **Antwort**' });
    const post = await arriving;
    // The same post, with the reader's own rights: only its author and moderators may change it.
    expect(post).toEqual({ ...sent.body.post, permissions: { canEdit: false, canDelete: false, canHide: false, canMarkHelpful: true } });
    expect(post.bodyHtml).toContain('<strong>Antwort</strong>');
  });

  it('delivers replies over HTTP long-polling too, for networks that block WebSockets', async () => {
    const threadId = await newThread();
    const socket = await openSocket(reader, 'polling');
    expect(await joinThread(socket, threadId)).toEqual({ ok: true });
    const arriving = nextEvent(socket, 'post:created', 2000);
    await writer.post(`/api/threads/${threadId}/posts`, { body: 'Über Long-Polling' });
    expect((await arriving).body).toBe('Über Long-Polling');
    expect((await reader.get('/api/health')).status).toBe(200);
  });

  it('shows edits and deletions as they happen', async () => {
    const threadId = await newThread();
    const reply: Post = (await writer.post(`/api/threads/${threadId}/posts`, { body: 'Entwurf' })).body.post;
    const socket = await openSocket(reader);
    await joinThread(socket, threadId);
    const updated = nextEvent(socket, 'post:updated');
    await writer.patch(`/api/posts/${reply.id}`, { body: 'Endfassung' });
    expect(await updated).toMatchObject({ id: reply.id, body: 'Endfassung', version: 2 });
    const deleted = nextEvent(socket, 'post:deleted');
    await writer.delete(`/api/posts/${reply.id}`);
    expect(await deleted).toMatchObject({ id: reply.id, deleted: true, body: '', version: 3 });
  });

  it('announces new threads to readers of the category', async () => {
    const socket = await openSocket(reader);
    expect(await socket.emitWithAck('category:join', category)).toEqual({ ok: true });
    const arriving = nextEvent(socket, 'thread:created');
    const threadId = await newThread();
    expect(await arriving).toMatchObject({ id: threadId, title: 'Live-Austausch zur Prävention' });
  });

  it('refuses a connection without a session', async () => {
    const socket = connectSocket(server.url, '');
    sockets.push(socket);
    await expect(connected(socket)).rejects.toThrow('unauthenticated');
  });

  it('refuses pending accounts and unknown threads', async () => {
    const pending = await openSocket(await signedIn(server.url, 'pending1'));
    expect(await joinThread(pending, await newThread())).toEqual({ ok: false, code: 'account_pending' });
    const socket = await openSocket(reader);
    expect(await joinThread(socket, 999_999)).toEqual({ ok: false, code: 'not_found' });
  });

  it('numbers the changes of a thread in commit order, also when many writers reply at once', async () => {
    const threadId = await newThread();
    const before = (await reader.get(`/api/threads/${threadId}`)).body.thread.seq as number;
    const writers = await Promise.all(['sabine', 'tobias', 'lena', 'frank'].map((k) => signedIn(server.url, k)));
    await Promise.all(writers.flatMap((w, i) => [0, 1, 2].map((n) => w.post(`/api/threads/${threadId}/posts`, { body: `Antwort ${i}-${n}` }))));
    const changes = (await reader.get(`/api/threads/${threadId}/changes?after=${before}`)).body.items as Post[];
    expect(changes.map((p) => p.seq)).toEqual(Array.from({ length: 12 }, (_, i) => before + i + 1));
    expect((await reader.get(`/api/threads/${threadId}/changes?after=x`)).status).toBe(400);
  });

  it('lets a reconnecting reader catch up on everything it missed', async () => {
    const threadId = await newThread();
    const edited: Post = (await writer.post(`/api/threads/${threadId}/posts`, { body: 'Vorher' })).body.post;
    let socket = await openSocket(reader);
    await joinThread(socket, threadId);
    const seen = (await reader.get(`/api/threads/${threadId}`)).body.thread.seq as number;
    socket.disconnect();

    const missed: Post = (await writer.post(`/api/threads/${threadId}/posts`, { body: 'Verpasst' })).body.post;
    await writer.patch(`/api/posts/${edited.id}`, { body: 'Nachher' });

    socket = await openSocket(reader);
    expect(await joinThread(socket, threadId)).toEqual({ ok: true });
    const changes = await reader.get(`/api/threads/${threadId}/changes?after=${seen}`);
    // Exactly what changed after the page's change number, in commit order: nothing older, nothing missed.
    expect(changes.body.items.map((p: Post) => [p.id, p.body, p.seq])).toEqual([
      [missed.id, 'Verpasst', seen + 1],
      [edited.id, 'Nachher', seen + 2],
    ]);

    const live = nextEvent(socket, 'post:created');
    await writer.post(`/api/threads/${threadId}/posts`, { body: 'Wieder live' });
    expect((await live).body).toBe('Wieder live');
  });
});
