import { once } from 'node:events';
import { mkdtemp, rm } from 'node:fs/promises';
import http from 'node:http';
import { text } from 'node:stream/consumers';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';

let dataDir: string;
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let env: Record<string, string>;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-restart-'));
  database = await freshDatabaseUrl();
  env = { DATA_DIR: dataDir, DEMO: '1', ...(database.url && { DATABASE_URL: database.url }) };
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('restarts', { timeout: 90_000 }, () => {
  it('keeps what was written before the process was killed', async () => {
    const first = await spawnServer(env);
    const member = await signedIn(first.url, 'member');
    const category = (await member.get('/api/categories')).body.items[0].slug;
    const thread = (await member.post('/api/threads', { categorySlug: category, title: 'Überlebt einen Absturz', body: 'Gespeichert?' })).body.thread;
    await member.post(`/api/threads/${thread.id}/posts`, { body: 'Antwort vor dem Absturz' });
    await stopServer(first, 'SIGKILL');

    const second = await spawnServer(env);
    const page = await (await signedIn(second.url, 'member')).get(`/api/threads/${thread.id}`);
    expect(page.body.thread.title).toBe('Überlebt einen Absturz');
    expect(page.body.posts.items.map((p: { body: string }) => p.body)).toEqual(['Antwort vor dem Absturz']);
    await stopServer(second, 'SIGTERM');
  });

  it('finishes a write in flight on SIGTERM, exits cleanly and keeps the data', async () => {
    const server = await spawnServer({ ...env, LOG_REQUESTS: '1' });
    const member = await signedIn(server.url, 'member');
    const category = (await member.get('/api/categories')).body.items[0].slug;
    const body = JSON.stringify({ categorySlug: category, title: 'Geschrieben beim Herunterfahren', body: 'Text' });

    // The request's head arrives first; its body only after the shutdown has begun.
    const request = http.request(`${server.url}/api/threads`, {
      method: 'POST',
      headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body), cookie: member.cookie, origin: server.url },
    });
    const response = once(request, 'response') as Promise<[http.IncomingMessage]>;
    request.write(body.slice(0, 10));
    await server.printed('→ POST /api/threads');
    const exit = stopServer(server, 'SIGTERM');
    await server.printed('SIGTERM: shutting down');
    request.end(body.slice(10));
    const [res] = await response;
    const written = JSON.parse(await text(res));
    expect(res.statusCode).toBe(201);
    expect(await exit).toBe(0);

    const again = await spawnServer(env);
    const reread = await (await signedIn(again.url, 'member')).get(`/api/threads/${written.thread.id}`);
    expect(reread.body.thread.title).toBe('Geschrieben beim Herunterfahren');
    await stopServer(again, 'SIGTERM');
    await expect(new ApiClient(again.url).get('/api/health')).rejects.toThrow();
  });
});
