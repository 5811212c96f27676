import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';
import { ApiClient, demoUser } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';

let dataDir: string;
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let server: ServerProcess;

// A service's output goes to a pipe (systemd, a container): JSON lines unless LOG_FORMAT says otherwise.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-logs-'));
  database = await freshDatabaseUrl();
  server = await spawnServer({ DATA_DIR: dataDir, DEMO: '1', LOG_REQUESTS: '1', ...(database.url && { DATABASE_URL: database.url }) });
});
afterAll(async () => {
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

describe('structured logs', { timeout: 60_000 }, () => {
  it('are JSON lines with the request id the answer carries, and never a password, address, token or search term', async () => {
    const member = new ApiClient(server.url);
    const login = await member.post('/api/auth/login', { email: demoUser('member').email, password: DEMO_PASSWORD });
    const wrong = await new ApiClient(server.url).post('/api/auth/login', { email: 'jemand@stadt.example', password: 'falsches-passwort-123' });
    expect(wrong.status).toBe(401);
    const search = await member.get('/api/search?q=vertraulicheSuche');
    await member.get('/api/invitations/geheimes-token-4711');
    // The search's answer is logged (with its status) before the server stops.
    await server.printed(`"requestId":"${search.headers.get('x-request-id')}","method":"GET","path":"/api/search","status":200`);
    await stopServer(server, 'SIGTERM');

    const lines = server.output().split('\n').filter(Boolean);
    const entries = lines.map((line) => JSON.parse(line) as { time: string; level: string; msg: string; requestId?: string });
    for (const entry of entries) {
      expect(Date.parse(entry.time)).not.toBeNaN();
      expect(['info', 'error']).toContain(entry.level);
      expect(typeof entry.msg).toBe('string');
    }
    const ids = new Set(entries.map((e) => e.requestId));
    for (const res of [login, wrong, search]) expect(ids.has(res.headers.get('x-request-id')!)).toBe(true);
    expect(entries.some((e) => e.msg.startsWith('Praxisnetz listening on'))).toBe(true);
    expect(entries.some((e) => e.msg === 'SIGTERM: shutting down')).toBe(true);
    const text = server.output();
    const sessionToken = member.cookie.split('=')[1]!;
    for (const secret of [demoUser('member').email, 'jemand@stadt.example', DEMO_PASSWORD, 'falsches-passwort-123', 'vertraulicheSuche', 'geheimes-token-4711', sessionToken]) {
      expect(text).not.toContain(secret);
    }
  });
});
