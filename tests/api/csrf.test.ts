import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let threadId: number;
beforeAll(async () => {
  server = await startTestServer();
  const member = await signedIn(server.url, 'member');
  const category = (await member.get('/api/categories')).body.items[0].slug;
  threadId = (await member.post('/api/threads', { categorySlug: category, title: 'CSRF-Probe im Forum', body: 'x' })).body.thread.id;
});
afterAll(() => server.close());

describe('cross-site request defence', () => {
  it('refuses a cookie-authenticated write from another site', async () => {
    const member = await signedIn(server.url, 'member');
    member.origin = 'https://evil.example';
    const res = await member.post(`/api/threads/${threadId}/posts`, { body: 'von fremder Seite' });
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('csrf_rejected');
  });

  it('refuses a cookie-authenticated write without any Origin', async () => {
    const member = await signedIn(server.url, 'member');
    member.origin = null;
    expect((await member.delete('/api/posts/1')).status).toBe(403);
  });

  it('accepts the same write from our own pages', async () => {
    const member = await signedIn(server.url, 'member');
    expect((await member.post(`/api/threads/${threadId}/posts`, { body: 'von unserer Seite' })).status).toBe(201);
  });

  it('ignores forged internal headers', async () => {
    const member = await signedIn(server.url, 'member');
    member.origin = null;
    const res = await member.request('POST', `/api/threads/${threadId}/posts`, { body: 'x' }, {
      'x-praxisnetz-internal': 'guessed',
      'x-praxisnetz-origin': server.url,
    });
    expect(res.status).toBe(403);
  });

  it('refuses JSON that is too large with 413', async () => {
    const member = await signedIn(server.url, 'member');
    const res = await member.post(`/api/threads/${threadId}/posts`, { body: 'x'.repeat(300_000) });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('payload_too_large');
  });
});

describe('health', () => {
  it('reports a reachable database', async () => {
    const res = await new ApiClient(server.url).get('/api/health');
    expect(res.status).toBe(200);
    expect(res.body.status).toBe('ok');
  });
});
