import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { ApiClient } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({ LOG_REQUESTS: '1' });
});
afterAll(() => server.close());

describe('the request log', () => {
  it('names method, path and status, but cuts paths that carry a secret and every query string', async () => {
    const lines: string[] = [];
    const spy = vi.spyOn(console, 'log').mockImplementation((line: unknown) => void lines.push(String(line)));
    try {
      const client = new ApiClient(server.url);
      await client.get('/api/invitations/geheimes-einladungs-token');
      await client.get('/api/search?q=vertrauliche-suche');
      await client.get('/calendar/geheimer-kalender-token.ics');
    } finally {
      spy.mockRestore();
    }
    const log = lines.join('\n');
    expect(log).toContain('GET /api/invitations/… 404');
    expect(log).toContain('GET /api/search');
    for (const secret of ['geheimes-einladungs-token', 'vertrauliche-suche', 'geheimer-kalender-token']) expect(log).not.toContain(secret);
  });
});
