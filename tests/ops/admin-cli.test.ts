import { mkdir, mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';
import { admin } from '../support/admin-cli.ts';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { type ServerProcess, spawnServer, stopServer } from '../support/process.ts';

let dataDir: string;
let database: Awaited<ReturnType<typeof freshDatabaseUrl>>;
let env: Record<string, string>;
let server: ServerProcess;

// The server runs throughout: on PGlite the commands reach the database through it.
beforeAll(async () => {
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-admin-'));
  database = await freshDatabaseUrl();
  env = { DATA_DIR: dataDir, PUBLIC_URL: 'https://praxisnetz.example', ...(database.url && { DATABASE_URL: database.url }) };
  server = await spawnServer({ ...env, DEMO: '1' });
});
afterAll(async () => {
  await stopServer(server, 'SIGTERM');
  await database.drop();
  await rm(dataDir, { recursive: true, force: true });
});

/** The link's token, and the link's start is PUBLIC_URL. */
function tokenIn(output: string): string {
  const link = /https:\/\/praxisnetz\.example\/reset-password\?token=(\S+)/.exec(output);
  expect(link, output).not.toBeNull();
  return decodeURIComponent(link![1]!);
}

// Each command is a process of its own that loads the server's modules: several seconds each on two busy cores.
describe('the admin CLI', { timeout: 180_000 }, () => {
  it('creates an administrator who chooses a password through the printed link', async () => {
    const created = await admin(env, 'create-admin', 'Leitung@Praxisnetz.example', 'Petra', 'Lang');
    expect(created.code).toBe(0);
    const browser = new ApiClient(server.url);
    const confirmed = await browser.post('/api/auth/password-reset/confirm', { token: tokenIn(created.stdout), password: 'ein neues langes Passwort' });
    expect(confirmed.status).toBe(200);
    const me = await (await new ApiClient(server.url).login('leitung@praxisnetz.example', 'ein neues langes Passwort')).body;
    expect(me.user).toMatchObject({ displayName: 'Petra Lang', role: 'admin', status: 'active' });

    const twice = await admin(env, 'create-admin', 'leitung@praxisnetz.example');
    expect(twice.code).toBe(1);
    expect(twice.stderr).toContain('has an account already');
  });

  it('prints a reset link, lists accounts, suspends (signing out) and reinstates', async () => {
    const member = demoUser('member');
    const reset = await admin(env, 'reset-password', member.email);
    expect(reset.code).toBe(0);
    expect(tokenIn(reset.stdout).length).toBeGreaterThan(20);

    const listed = await admin(env, 'users', 'active');
    expect(listed.stdout).toContain(member.email);
    expect(listed.stdout).not.toMatch(/\tpending\t/);

    const session = await signedIn(server.url, 'member');
    const suspended = await admin(env, 'suspend', member.email, 'Konto', 'kompromittiert');
    expect(suspended.stdout).toContain('suspended');
    expect((await session.get('/api/me')).status).toBe(401);
    await expect(signedIn(server.url, 'member')).rejects.toThrow(/403/);

    await admin(env, 'reinstate', member.email);
    expect((await (await signedIn(server.url, 'member')).get('/api/me')).status).toBe(200);

    const unknown = await admin(env, 'suspend', 'niemand@example.org');
    expect(unknown.code).toBe(1);
    expect(unknown.stderr).toContain('no account has the address');
  });

  it('exports a member’s data to a ZIP and schedules an erasure an administrator can stop', async () => {
    const nadine = demoUser('nadine');
    const file = path.join(dataDir, 'nadine.zip');
    const exported = await admin(env, 'export', nadine.email, file);
    expect(exported.stdout).toContain(`The data of ${nadine.email} written to`);
    const zip = unzipSync(new Uint8Array(await readFile(file)));
    expect(JSON.parse(strFromU8(zip['profile.json']!))).toMatchObject({ email: nadine.email });

    const erased = await admin(env, 'erase', nadine.email);
    expect(erased.stdout).toMatch(/will be erased on \d{4}-\d{2}-\d{2}T/);
    const login = await new ApiClient(server.url).post('/api/auth/login', { email: nadine.email, password: DEMO_PASSWORD });
    expect(login.body.error.code).toBe('account_erasure_scheduled');
    const office = await signedIn(server.url, 'admin');
    const entry = (await office.get('/api/admin/erasures')).body.items.find((e: { email: string }) => e.email === nadine.email);
    expect((await office.delete(`/api/users/${entry.userId}/erasure`)).status).toBe(204);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: nadine.email, password: DEMO_PASSWORD })).status).toBe(200);
  });

  it('finds files without a record in the file store', async () => {
    const clean = await admin(env, 'check');
    expect(clean.stdout).toMatch(/files without a record: none/);
    expect(clean.stdout).toMatch(/records whose file is missing: none/);

    const stray = 'f'.repeat(64);
    await mkdir(path.join(dataDir, 'files', 'ff', 'ff'), { recursive: true });
    await writeFile(path.join(dataDir, 'files', 'ff', 'ff', stray), 'verwaist');
    const found = await admin(env, 'check');
    expect(found.stdout).toContain(`files without a record: 1\n  ${stray}`);
  });

  it('answers an unknown command with its usage', async () => {
    const result = await admin(env, 'delete-everything');
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('Usage: npm run admin -- <command>');
  });
});
