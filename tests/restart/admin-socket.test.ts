import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { admin } from '../support/admin-cli.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';

// The embedded database is one process's (the PGlite run only): the CLI works through the server, never beside it.
let dataDir: string;
let server: ServerProcess;

beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-admin-socket-'));
  server = await spawnServer({ DATA_DIR: dataDir, DEMO: '1' });
});
afterAll(async () => {
  await rm(dataDir, { recursive: true, force: true });
});

describe('the admin CLI and a running server on the embedded database', { timeout: 90_000 }, () => {
  it('runs commands in the server, refuses to open the database beside it, and works alone once the server has stopped', async () => {
    expect((await admin({ DATA_DIR: dataDir }, 'users', 'active')).stdout).toContain('admin@demo.praxisnetz.example');

    await rm(path.join(dataDir, 'admin.sock'));
    const refused = await admin({ DATA_DIR: dataDir }, 'users');
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the server \(pid \d+\) holds the database/);

    expect(await stopServer(server, 'SIGTERM')).toBe(0);
    const alone = await admin({ DATA_DIR: dataDir }, 'users', 'active');
    expect(alone.code).toBe(0);
    expect(alone.stdout).toContain('admin@demo.praxisnetz.example');
  });
});
