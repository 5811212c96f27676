import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { sessionIdOf } from '../../server/src/modules/auth/sessions.ts';
import { type ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, type TestSocket } from '../support/sockets.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer();
});
afterAll(() => server.close());

/** A signed-in tab with its live connection open and joined to a thread room. */
async function openTab(key: string): Promise<{ client: ApiClient; socket: TestSocket }> {
  const client = await signedIn(server.url, key);
  const socket = connectSocket(server.url, client.cookie);
  await connected(socket);
  const threads = await client.get('/api/categories/wohnungseinbruch/threads');
  expect(await socket.emitWithAck('thread:join', threads.body.items[0].id)).toEqual({ ok: true });
  return { client, socket };
}

function disconnectedByServer(socket: TestSocket, timeoutMs = 5000): Promise<string> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error('the socket stayed connected')), timeoutMs);
    socket.once('disconnect', (reason) => {
      clearTimeout(timer);
      resolve(reason);
    });
  });
}

describe('when a session ends, its live connection ends too', () => {
  it('logout', async () => {
    const { client, socket } = await openTab('member');
    const closed = disconnectedByServer(socket);
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
  });

  it('a password change ends the other sessions and their sockets, not the current one', async () => {
    const other = await openTab('sabine');
    const current = await openTab('sabine');
    const closed = disconnectedByServer(other.socket);
    const res = await current.client.post('/api/auth/password', { currentPassword: 'praxisnetz-demo', newPassword: 'ein-neues-passwort-2026' });
    expect(res.status).toBe(204);
    expect(await closed).toBe('io server disconnect');
    expect(current.socket.connected).toBe(true);
    expect((await other.client.get('/api/me')).status).toBe(401);
    current.socket.close();
  });

  it('an administrator signs a person out everywhere', async () => {
    const { socket } = await openTab('tobias');
    const admin = await signedIn(server.url, 'admin');
    const closed = disconnectedByServer(socket);
    expect((await admin.delete(`/api/users/${await userId('tobias')}/sessions`)).status).toBe(204);
    expect(await closed).toBe('io server disconnect');
  });

  it('only administrators sign others out', async () => {
    const moderator = await signedIn(server.url, 'moderator');
    expect((await moderator.delete(`/api/users/${await userId('lena')}/sessions`)).status).toBe(403);
  });

  it('suspension', async () => {
    const { socket } = await openTab('lena');
    const admin = await signedIn(server.url, 'admin');
    const closed = disconnectedByServer(socket);
    expect((await admin.post(`/api/users/${await userId('lena')}/suspend`, { reason: 'Zugang verloren gemeldet' })).status).toBe(200);
    expect(await closed).toBe('io server disconnect');
  });

  it('expiry: the socket closes when its session runs out', async () => {
    const { client, socket } = await openTab('frank');
    // Age the session to its last seconds, then open a fresh tab on it: that socket closes at expiry.
    socket.close();
    await expireSoon(client.cookie);
    const tab = connectSocket(server.url, client.cookie);
    await connected(tab);
    const closed = disconnectedByServer(tab, 10_000);
    expect(await closed).toBe('io server disconnect');
    expect((await client.get('/api/me')).status).toBe(401);
  });
});

async function userId(key: string): Promise<number> {
  const admin = await signedIn(server.url, 'admin');
  const { body } = await admin.get('/api/users');
  return body.items.find((u: { email: string }) => u.email === demoUser(key).email).id;
}

/** Moves the session's expiry two seconds ahead, in the database the server uses. */
async function expireSoon(cookie: string) {
  const id = sessionIdOf(cookie.split('=')[1]!);
  await server.database.query(`update sessions set expires_at = now() + interval '2 seconds' where id = $1`, [id]);
}
