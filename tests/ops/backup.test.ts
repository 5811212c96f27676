import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ADMIN_CLI, admin } from '../support/admin-cli.ts';
import { signedIn } from '../support/client.ts';
import { freshDatabaseUrl } from '../support/database.ts';
import { spawnServer, stopServer } from '../support/process.ts';
import { documentFields, upload } from '../support/uploads.ts';

let work: string;
const databases: Awaited<ReturnType<typeof freshDatabaseUrl>>[] = [];

async function deployment(name: string): Promise<Record<string, string>> {
  const database = await freshDatabaseUrl();
  databases.push(database);
  return { DATA_DIR: path.join(work, name), ...(database.url && { DATABASE_URL: database.url }) };
}

beforeAll(async () => {
  work = await mkdtemp(path.join(tmpdir(), 'praxisnetz-backup-'));
});
afterAll(async () => {
  for (const database of databases) await database.drop();
  await rm(work, { recursive: true, force: true });
});

// Three server processes (each seeding or restoring a whole deployment) and pg_dump: on two busy cores this took over two minutes once.
describe('backup and restore', { timeout: 240_000 }, () => {
  it('backs up a running server and restores it into an empty deployment: posts and files read back', async () => {
    const source = await deployment('source');
    const server = await spawnServer({ ...source, DEMO: '1' });
    const member = await signedIn(server.url, 'member');
    const category = (await member.get('/api/categories')).body.items[0].slug;
    const thread = (await member.post('/api/threads', { categorySlug: category, title: 'Vor der Sicherung geschrieben', body: 'Erster Beitrag' })).body.thread;
    await member.post(`/api/threads/${thread.id}/posts`, { body: 'Antwort vor der Sicherung' });
    const pdf = `%PDF-1.4\n% Sicherheitsaudit ${Date.now()}\n%%EOF\n`;
    const uploaded = await upload(member, documentFields({ title: 'Audit in der Sicherung' }), { name: 'audit.pdf', content: pdf });
    expect(uploaded.status).toBe(201);

    const file = path.join(work, 'praxisnetz.backup.tar.gz');
    const backup = await admin(source, 'backup', file);
    expect(backup.stderr).toBe('');
    expect(backup.stdout).toMatch(/Backup written to .*: the (PGlite|PostgreSQL) database and \d+ files/);
    // Written after the backup: not in it.
    await member.post(`/api/threads/${thread.id}/posts`, { body: 'Antwort nach der Sicherung' });
    await stopServer(server, 'SIGTERM');

    const target = await deployment('restored');
    const restored = await admin(target, 'restore', file);
    expect(restored.stderr).toBe('');
    expect(restored.stdout).toContain('Restored the backup');

    const again = await spawnServer(target);
    const reader = await signedIn(again.url, 'member');
    const page = await reader.get(`/api/threads/${thread.id}`);
    expect(page.body.thread.title).toBe('Vor der Sicherung geschrieben');
    expect(page.body.posts.items.map((p: { body: string }) => p.body)).toEqual(['Antwort vor der Sicherung']);
    const download = await fetch(`${again.url}/files/${uploaded.body.document.id}`, { headers: { cookie: reader.cookie! } });
    expect(download.status).toBe(200);
    expect(await download.text()).toBe(pdf);
    await stopServer(again, 'SIGTERM');

    // A restore never merges into live data.
    const refused = await admin(target, 'restore', file);
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/not empty|already holds files/);
    expect(refused.stderr).not.toContain('    at ');
  });

  it('refuses what is not a backup, with a message and no stack', async () => {
    const target = await deployment('not-a-backup');
    const result = await admin(target, 'restore', ADMIN_CLI);
    expect(result.code).toBe(1);
    expect(result.stderr).toContain('is not a readable backup');
    expect(result.stderr).not.toContain('    at ');
  });
});
