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

describe('login limits per account', () => {
  let strict: TestServer;
  beforeAll(async () => {
    strict = await startTestServer({ LOGIN_MAX_FAILURES_PER_ACCOUNT: '8', LOGIN_MAX_FAILURES_PER_IP: '1000' });
  });
  afterAll(() => strict.close());

  it('checks at most the limit when 24 wrong passwords arrive at once', async () => {
    const email = demoUser('member').email;
    const answers = await Promise.all(
      Array.from({ length: 24 }, () => new ApiClient(strict.url).post('/api/auth/login', { email, password: 'falsch-geraten' })),
    );
    const statuses = answers.map((a) => a.status).sort();
    expect(statuses.filter((s) => s === 401)).toHaveLength(8);
    expect(statuses.filter((s) => s === 429)).toHaveLength(16);
    // The right password is refused as well until the window has passed.
    const right = await new ApiClient(strict.url).post('/api/auth/login', { email, password: 'praxisnetz-demo' });
    expect(right.status).toBe(429);
    expect(Number(right.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('gives a successful login its try back', async () => {
    const email = demoUser('sabine').email;
    for (let i = 0; i < 7; i++) expect((await new ApiClient(strict.url).post('/api/auth/login', { email, password: 'falsch' })).status).toBe(401);
    await new ApiClient(strict.url).login(email);
    for (let i = 0; i < 7; i++) expect((await new ApiClient(strict.url).post('/api/auth/login', { email, password: 'falsch' })).status).toBe(401);
  });
});
