import pg from 'pg';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';
import { connected, connectSocket, nextEvent } from '../support/sockets.ts';
import { startTcpProxy } from '../support/tcp-proxy.ts';

// A real server process on the PostgreSQL server, reached through a relay the test can cut.
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let proxy: Awaited<ReturnType<typeof startTcpProxy>>;
let server: ServerProcess;
let threadId: number;

beforeAll(async () => {
  database = await freshDatabaseUrl();
  const direct = new URL(database.url!);
  proxy = await startTcpProxy({ host: direct.hostname, port: Number(direct.port || 5432) });
  const viaProxy = new URL(database.url!);
  viaProxy.hostname = '127.0.0.1';
  viaProxy.port = String(proxy.port);
  server = await spawnServer({ DATABASE_URL: viaProxy.toString(), DEMO: '1', WRITES_PER_MINUTE: '10000', DATA_DIR: '/tmp/praxisnetz-outage-test' });
  const member = await signedIn(server.url, 'member');
  threadId = (await member.get('/api/categories/wohnungseinbruch/threads')).body.items[0].id;
}, 120_000);

afterAll(async () => {
  if (server) await stopServer(server, 'SIGTERM');
  await proxy?.close();
  await database?.drop();
});

/** Keeps `n` readers busy until stopped; every status they see is kept. */
function load(client: ApiClient, n: number) {
  const statuses: number[] = [];
  let running = true;
  const loops = Array.from({ length: n }, async () => {
    while (running) statuses.push((await client.get(`/api/threads/${threadId}`).catch(() => ({ status: 0 }))).status);
  });
  return {
    statuses,
    stop: async () => {
      running = false;
      await Promise.all(loops);
    },
  };
}

async function terminateBackends() {
  const admin = new pg.Client({ connectionString: database.url });
  await admin.connect();
  const { rows } = await admin.query(
    'select count(pg_terminate_backend(pid))::int as n from pg_stat_activity where datname = current_database() and pid <> pg_backend_pid()',
  );
  await admin.end();
  return rows[0].n as number;
}

describe('when the database goes away', () => {
  it('survives its backends being terminated under load, never answering 500', async () => {
    const member = await signedIn(server.url, 'member');
    const traffic = load(member, 8);
    await new Promise((r) => setTimeout(r, 300));
    for (let round = 0; round < 3; round++) {
      expect(await terminateBackends()).toBeGreaterThan(0);
      await new Promise((r) => setTimeout(r, 200));
    }
    // The readers keep going until the server has served them again, however busy the machine is.
    await expect.poll(() => traffic.statuses.filter((s) => s === 200).length, { timeout: 15_000 }).toBeGreaterThan(10);
    await traffic.stop();
    expect(server.child.exitCode).toBeNull();
    expect(traffic.statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect((await member.get(`/api/threads/${threadId}`)).status).toBe(200);
    expect(server.output()).not.toMatch(/praxisnetz-demo|@demo\.praxisnetz\.example/);
  });

  it('answers 503 while it is away, serves again within seconds and tells live clients to re-sync', async () => {
    const member = await signedIn(server.url, 'member');
    const socket = connectSocket(server.url, member.cookie);
    await connected(socket);
    expect(await socket.emitWithAck('thread:join', threadId)).toEqual({ ok: true });

    proxy.cut();
    const away = await member.get(`/api/threads/${threadId}`);
    expect(away.status).toBe(503);
    expect(away.body.error.code).toBe('unavailable');
    expect(away.headers.get('retry-after')).toBe('5');
    expect((await fetch(`${server.url}/api/health`)).status).toBe(503);
    const page = await fetch(`${server.url}/threads/${threadId}`, { headers: { cookie: member.cookie } });
    expect(page.status).toBe(503);

    const resync = nextEvent(socket, 'resync', 15_000);
    const back = Date.now();
    proxy.restore();
    expect(await resync).toEqual({ reason: 'database' });
    let status = 0;
    while (status !== 200 && Date.now() - back < 15_000) status = (await member.get(`/api/threads/${threadId}`)).status;
    expect(status).toBe(200);
    expect(Date.now() - back).toBeLessThan(10_000);
    expect(server.child.exitCode).toBeNull();
    socket.close();
  });

  it('takes a busy pool for a busy server, not an outage: the waiting request gets 503, nobody is told to re-sync', async () => {
    const member = await signedIn(server.url, 'member');
    const logged = server.output().length;
    // Every read of the thread waits for this lock, holding one of the pool's 10 connections.
    const admin = new pg.Client({ connectionString: database.url });
    await admin.connect();
    await admin.query('begin');
    await admin.query('lock table threads in access exclusive mode');
    const requests = Array.from({ length: 12 }, () => member.get(`/api/threads/${threadId}`));
    const first = await Promise.race(requests);
    expect(first.status).toBe(503);
    await admin.query('commit');
    await admin.end();
    const statuses = (await Promise.all(requests)).map((r) => r.status);
    // Ten connections for twelve requests: two wait too long, or three when the job runner held one at that moment.
    expect(statuses.filter((s) => s === 200).length).toBeGreaterThanOrEqual(9);
    expect(statuses.filter((s) => s !== 200 && s !== 503)).toEqual([]);
    expect((await member.get(`/api/threads/${threadId}`)).status).toBe(200);
    expect(server.output().slice(logged)).not.toContain('connection lost');
  }, 30_000);
});
