import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LOGIN_MAX_FAILURES_PER_IP: '4', LOGIN_MAX_FAILURES_PER_ACCOUNT: '100' });
});
afterAll(() => server.close());

describe('login limits per address', () => {
  it('blocks an address that tries many accounts, without telling which exist', async () => {
    const client = new ApiClient(server.url);
    const emails = ['a@nirgendwo.example', demoUser('member').email, 'b@nirgendwo.example', demoUser('moderator').email];
    for (const email of emails) {
      expect((await client.post('/api/auth/login', { email, password: 'geraten-geraten' })).status).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email: demoUser('admin').email, password: 'praxisnetz-demo' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
  });
});
