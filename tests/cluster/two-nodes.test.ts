import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { findCategoryBySlug } from '../../server/src/modules/forum/index.ts';
import { type RunningServer, startServer } from '../../server/src/start-server.ts';
import { ApiClient, signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { createGroup } from '../support/groups.ts';
import { createSession, Probe } from '../support/live.ts';
import { connected, connectSocket, joinThread, nextEvent } from '../support/sockets.ts';

const databases: Awaited<ReturnType<typeof freshDatabaseUrl>>[] = [];
let nodes: RunningServer[] = [];

afterEach(async () => {
  await Promise.all(nodes.map((n) => n.close()));
  nodes = [];
});
afterAll(async () => {
  for (const d of databases) await d.drop();
});

/** Two nodes on one PostgreSQL database, relaying broadcasts through the given adapter. */
async function twoNodes(adapter: 'postgres' | 'redis') {
  const database = await freshDatabaseUrl();
  databases.push(database);
  const env = { PORT: '0', HOST: '127.0.0.1', DEMO: '1', DATABASE_URL: database.url!, REALTIME_ADAPTER: adapter };
  nodes = await Promise.all([startServer(loadConfig(env), { web: false }), startServer(loadConfig(env), { web: false })]);
  return nodes as [RunningServer, RunningServer];
}

describe.each(['postgres', 'redis'] as const)('two nodes with the %s adapter', (adapter) => {
  it('shows a reply written on one node to a reader on the other', async () => {
    const [a, b] = await twoNodes(adapter);
    const reader = await signedIn(a.url, 'member');
    const writer = await signedIn(b.url, 'moderator');
    const category = (await writer.get('/api/categories')).body.items[0].slug;
    const thread = (await writer.post('/api/threads', { categorySlug: category, title: 'Über zwei Knoten hinweg', body: 'Start' })).body.thread;

    const socket = connectSocket(a.url, reader.cookie);
    await connected(socket);
    expect(await joinThread(socket, thread.id)).toEqual({ ok: true });
    const arriving = nextEvent(socket, 'post:created', 2000);
    await writer.post(`/api/threads/${thread.id}/posts`, { body: 'Von Knoten B' });
    expect((await arriving).body).toBe('Von Knoten B');
    socket.disconnect();
  });
});

describe('mail from two nodes', () => {
  it('sends each mail once when both nodes run the queue', async () => {
    const smtp = await startSmtpServer();
    try {
      const database = await freshDatabaseUrl();
      databases.push(database);
      const env = { PORT: '0', HOST: '127.0.0.1', DEMO: '1', DATABASE_URL: database.url!, REALTIME_ADAPTER: 'postgres', SMTP_URL: smtp.url, WRITES_PER_MINUTE: '1000' };
      nodes = await Promise.all([startServer(loadConfig(env), { web: false }), startServer(loadConfig(env), { web: false })]);
      const [a, b] = nodes as [RunningServer, RunningServer];
      const [asker, onA, onB] = await Promise.all([signedIn(a.url, 'member'), signedIn(a.url, 'sabine'), signedIn(b.url, 'tobias')]);
      const category = (await asker.get('/api/categories')).body.items[0].slug;
      const thread = (await asker.post('/api/threads', { categorySlug: category, title: 'Post von zwei Knoten', body: 'Start' })).body.thread;
      // sabine and tobias watch too (they reply), so later replies mail two or three people each
      for (let i = 0; i < 10; i++) await (i % 2 ? onA : onB).post(`/api/threads/${thread.id}/posts`, { body: `Antwort ${i}` });
      await expect.poll(() => smtp.received.length, { timeout: 20_000 }).toBeGreaterThanOrEqual(19);
      const keys = smtp.received.map((r) => `${r.to.join()}|${/Antwort \d+/.exec(r.mail.text ?? '')?.[0]}`);
      expect(new Set(keys).size).toBe(keys.length);
    } finally {
      // The nodes keep pooled SMTP connections open; the SMTP server closes once they are gone.
      await Promise.all(nodes.map((n) => n.close()));
      nodes = [];
      await smtp.close();
    }
  });
});

describe.each(['postgres', 'redis'] as const)('shared caches on two nodes with the %s adapter', (adapter) => {
  it('drops the category a group rename changed on the other node too', async () => {
    const [a, b] = await twoNodes(adapter);
    const admin = await signedIn(a.url, 'admin');
    const group = await createGroup(admin, ['sabine']);
    // Node B reads the group's category and keeps it.
    expect((await findCategoryBySlug(b.database.db, group.categorySlug))?.nameDe).toBe(group.name);
    expect((await admin.patch(`/api/groups/${group.id}`, { name: 'Umbenannte Arbeitsgruppe', description: 'Neu' })).status).toBe(200);
    await expect.poll(async () => (await findCategoryBySlug(b.database.db, group.categorySlug))?.nameDe).toBe('Umbenannte Arbeitsgruppe');
  });
});

describe.each(['postgres', 'redis'] as const)('a live room on two nodes with the %s adapter', (adapter) => {
  it('shows a vote cast on one node to a participant on the other, and counts the people on both', async () => {
    const [a, b] = await twoNodes(adapter);
    const [admin, host, voter] = await Promise.all([signedIn(a.url, 'admin'), signedIn(a.url, 'sabine'), signedIn(a.url, 'tobias')]);
    const participant = await signedIn(b.url, 'member');
    const group = await createGroup(admin, ['sabine']);
    const sessionId = await createSession(host, group.id, { live: true, audience: 'network' });
    const question = (await participant.post(`/api/sessions/${sessionId}/questions`, { body: 'Kommt das auf beiden Knoten an?' })).body.question;

    const onB = new Probe(connectSocket(b.url, participant.cookie));
    await connected(onB.socket);
    await onB.join(sessionId);
    const counted = onB.next('question:voted', (counts) => counts.some((c) => c.id === question.id));
    expect((await voter.post(`/api/questions/${question.id}/vote`)).body.question.voteCount).toBe(1);
    expect(await counted).toEqual([expect.objectContaining({ id: question.id, voteCount: 1 })]);

    const both = onB.next('presence:updated', (p) => p.participants === 2, 5000);
    const onA = new Probe(connectSocket(a.url, host.cookie));
    await connected(onA.socket);
    await onA.join(sessionId);
    await both;
    onA.socket.disconnect();
    onB.socket.disconnect();
  });
});

describe('limits and session ends across two nodes', () => {
  it('counts login tries and writes once, however they are spread over the nodes', async () => {
    const database = await freshDatabaseUrl();
    databases.push(database);
    const env = {
      PORT: '0', HOST: '127.0.0.1', DEMO: '1', DATABASE_URL: database.url!, REALTIME_ADAPTER: 'postgres',
      LOGIN_MAX_FAILURES_PER_ACCOUNT: '6', WRITES_PER_MINUTE: '10',
    };
    nodes = await Promise.all([startServer(loadConfig(env), { web: false }), startServer(loadConfig(env), { web: false })]);
    const [a, b] = nodes as [RunningServer, RunningServer];
    const email = 'member@demo.praxisnetz.example';
    const tries = await Promise.all(
      Array.from({ length: 12 }, (_, i) => new ApiClient(i % 2 ? a.url : b.url).post('/api/auth/login', { email, password: 'falsch-geraten' })),
    );
    expect(tries.filter((t) => t.status === 401)).toHaveLength(6);
    expect(tries.filter((t) => t.status === 429)).toHaveLength(6);

    const writerA = await signedIn(a.url, 'sabine');
    const writerB = new ApiClient(b.url);
    writerB.cookie = writerA.cookie;
    const previews = [];
    for (let i = 0; i < 12; i++) previews.push((await (i % 2 ? writerA : writerB).post('/api/markdown/preview', { body: `Vorschau ${i}` })).status);
    expect(previews.filter((s) => s === 200)).toHaveLength(10);
    expect(previews.slice(10)).toEqual([429, 429]);
  });

  it('closes the socket on one node when its session is ended on the other', async () => {
    const [a, b] = await twoNodes('postgres');
    const onA = await signedIn(a.url, 'member');
    const socket = connectSocket(b.url, onA.cookie);
    await connected(socket);
    const closed = new Promise<string>((resolve) => socket.once('disconnect', resolve));
    expect((await onA.post('/api/auth/logout')).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
  });
});
