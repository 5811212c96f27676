import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

const TOKEN = 'metrics-token-for-the-tests';
let server: TestServer;

beforeAll(async () => {
  server = await startTestServer({ METRICS_TOKEN: TOKEN });
});
afterAll(() => server.close());

const scrape = (token?: string) => fetch(`${server.url}/metrics`, { headers: token ? { authorization: `Bearer ${token}` } : {} });

describe('/metrics', () => {
  it('asks for the token', async () => {
    expect((await scrape()).status).toBe(401);
    expect((await scrape('falsch-aber-lang-genug')).status).toBe(401);
  });

  it('counts requests by route pattern and status, and shows the event loop, sockets, queues', async () => {
    const member = await signedIn(server.url, 'member');
    const thread = (await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Messbar', body: 'Ein Beitrag für die Metriken.' })).body.thread;
    await member.get(`/api/threads/${thread.id}`);
    await new ApiClient(server.url).get('/api/threads/999999');
    const res = await scrape(TOKEN);
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toContain('text/plain');
    const text = await res.text();
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/threads\/:id",status="200"\} 1/);
    expect(text).toMatch(/http_requests_total\{method="GET",route="\/api\/threads\/:id",status="401"\} 1/);
    // The latency histogram has the route's buckets (how fast it was is not this test's business).
    expect(text).toMatch(/http_request_duration_seconds_bucket\{le="0.5",method="POST",route="\/api\/threads"\} [01]/);
    expect(text).toMatch(/http_request_duration_seconds_count\{method="POST",route="\/api\/threads"\} 1/);
    for (const name of ['nodejs_eventloop_lag_seconds', 'socketio_connected_clients', 'jobs_queued', 'process_resident_memory_bytes']) expect(text).toContain(name);
    // No person's data in any label: not the signed-in member's address, not the thread's title.
    expect(text).not.toContain(demoUser('member').email);
    expect(text).not.toContain('Messbar');
  });
});

describe('/metrics without a token configured', () => {
  it('does not exist', async () => {
    const plain = await startTestServer();
    try {
      expect((await fetch(`${plain.url}/metrics`, { headers: { authorization: `Bearer ${TOKEN}` } })).status).toBe(404);
    } finally {
      await plain.close();
    }
  });
});
