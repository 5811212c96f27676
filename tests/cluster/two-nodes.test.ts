import { afterAll, afterEach, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/src/config.ts';
import { type RunningServer, startServer } from '../../server/src/start-server.ts';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
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
