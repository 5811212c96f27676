import { createHash } from 'node:crypto';
import { unzipSync, strFromU8 } from 'fflate';
import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';
import type { OutboxMail } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, storedFiles, upload } from '../support/uploads.ts';

let server: TestServer;

beforeAll(async () => {
  server = await startTestServer();
});
afterAll(async () => {
  await server.close();
});

async function firstCategory(client: ApiClient): Promise<string> {
  return (await client.get('/api/categories')).body.items[0].slug;
}

/** The hourly data-rights run, made due now (the runner polls every 2 s). */
const runHourlyNow = () => server.database.query(`update jobs set run_at = now() where kind = 'every:data-rights'`, []);

describe('data export (GDPR art. 15/20)', () => {
  it('prepares a ZIP of JSON and the member’s files in the background, for the member only', async () => {
    const lena = await signedIn(server.url, 'lena');
    const thread = (await lena.post('/api/threads', { categorySlug: await firstCategory(lena), title: 'Meine Frage zum Export', body: 'Text für den Export' })).body.thread;
    await lena.post(`/api/threads/${thread.id}/posts`, { body: 'Meine Antwort im Export' });
    const pdf = `%PDF-1.4\n% Lenas Datei ${Date.now()}\n%%EOF\n`;
    expect((await upload(lena, documentFields({ title: 'Lenas Dokument' }), { name: 'lena.pdf', content: pdf })).status).toBe(201);

    expect((await new ApiClient(server.url).post('/api/me/export')).status).toBe(401);
    const asked = await lena.post('/api/me/export');
    expect(asked.status).toBe(202);
    expect(asked.body.export).toMatchObject({ status: 'pending', url: null });
    // Asked again while it is prepared: the same export.
    expect((await lena.post('/api/me/export')).body.export.id).toBe(asked.body.export.id);

    await expect.poll(async () => (await lena.get('/api/me/export')).body.export.status, { timeout: 15_000 }).toBe('ready');
    const ready = (await lena.get('/api/me/export')).body.export;
    const days = (Date.parse(ready.expiresAt) - Date.parse(ready.readyAt)) / 86_400_000;
    expect(days).toBeCloseTo(7, 3);

    // She hears that it is ready: in the app, and by mail with the day it is deleted.
    const told = (await lena.get('/api/notifications')).body.items.find((n: { kind: string }) => n.kind === 'data_export_ready');
    expect(told?.href).toBe('/me/data');
    const admin = await signedIn(server.url, 'admin');
    const lastDay = new Intl.DateTimeFormat('de', { dateStyle: 'full', timeZone: 'Europe/Berlin' }).format(new Date(ready.expiresAt));
    await expect
      .poll(async () => ((await admin.get('/api/admin/outbox')).body.items as OutboxMail[]).find((m) => m.to === demoUser('lena').email && m.kind === 'data_export_ready'))
      .toMatchObject({ subject: 'Ihre Datenauskunft steht bereit', text: expect.stringContaining(lastDay) });

    const res = await fetch(server.url + ready.url, { headers: { cookie: lena.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toBe('application/zip');
    const zip = unzipSync(new Uint8Array(await res.arrayBuffer()));
    const json = (name: string) => JSON.parse(strFromU8(zip[`${name}.json`]!));
    expect(json('profile')).toMatchObject({ email: demoUser('lena').email, displayName: demoUser('lena').displayName });
    expect(strFromU8(zip['profile.json']!)).not.toMatch(/passwordHash|mailToken|calendarToken/);
    expect(json('posts').map((p: { body: string }) => p.body)).toEqual(expect.arrayContaining(['Text für den Export', 'Meine Antwort im Export']));
    expect(json('threads').map((t: { title: string }) => t.title)).toContain('Meine Frage zum Export');
    expect(json('sessions').length).toBeGreaterThan(0);
    expect(Object.keys(json('sessions')[0]).sort()).toEqual(['createdAt', 'expiresAt']);
    const file = Object.keys(zip).find((name) => name.startsWith('files/') && name.endsWith('lena.pdf'));
    expect(file).toBeDefined();
    expect(strFromU8(zip[file!]!)).toBe(pdf);

    // Another member has no export of their own, and never reaches hers.
    const other = await signedIn(server.url, 'member');
    expect((await other.get('/api/me/export')).body.export).toBeNull();
    expect((await fetch(server.url + ready.url, { headers: { cookie: other.cookie } })).status).toBe(404);
  });
});

describe('erasure (GDPR art. 17)', () => {
  it('needs the password, signs out everywhere, waits 14 days and can be stopped by an administrator', async () => {
    const tobias = await signedIn(server.url, 'tobias');
    const laptop = await signedIn(server.url, 'tobias');

    const wrong = await tobias.request('DELETE', '/api/me', { password: 'nicht mein Passwort' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('password');
    const nothing = await tobias.request('DELETE', '/api/me', {});
    expect(nothing.status).toBe(400);
    expect((await tobias.get('/api/me')).status).toBe(200);

    const erased = await tobias.request('DELETE', '/api/me', { password: DEMO_PASSWORD });
    expect(erased.status).toBe(202);
    const days = (Date.parse(erased.body.erasure.dueAt) - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(13.99);
    expect(days).toBeLessThanOrEqual(14);
    expect((await laptop.get('/api/me')).status).toBe(401);
    const login = await new ApiClient(server.url).post('/api/auth/login', { email: demoUser('tobias').email, password: DEMO_PASSWORD });
    expect(login.status).toBe(403);
    expect(login.body.error.code).toBe('account_erasure_scheduled');

    const admin = await signedIn(server.url, 'admin');
    const member = await signedIn(server.url, 'member');
    expect((await member.get('/api/admin/erasures')).status).toBe(403);
    const scheduled = (await admin.get('/api/admin/erasures')).body.items;
    const entry = scheduled.find((e: { email: string }) => e.email === demoUser('tobias').email);
    expect(entry).toMatchObject({ dueAt: erased.body.erasure.dueAt });
    expect((await admin.delete(`/api/users/${entry.userId}/erasure`)).status).toBe(204);
    expect((await signedIn(server.url, 'tobias').then((c) => c.get('/api/me'))).status).toBe(200);
  });

  it('when due, keeps the posts under “former member” and drops the person’s data', async () => {
    const claire = await signedIn(server.url, 'claire');
    const me = (await claire.get('/api/me')).body.user;
    const thread = (await claire.post('/api/threads', { categorySlug: await firstCategory(claire), title: 'Bleibt nach der Löschung', body: 'Wissen für das Netzwerk' })).body.thread;
    await claire.post('/api/me/export');

    // A request received by letter: the administrator schedules it.
    const admin = await signedIn(server.url, 'admin');
    expect((await admin.post(`/api/users/${me.id}/erasure`)).status).toBe(202);
    expect((await claire.get('/api/me')).status).toBe(200);
    await server.database.query(`update users set erasure_due_at = now() - interval '1 second' where id = $1`, [me.id]);
    await runHourlyNow();

    const reader = await signedIn(server.url, 'member');
    await expect
      .poll(async () => (await reader.get(`/api/threads/${thread.id}`)).body.thread.author.displayName, { timeout: 15_000 })
      .toBe('Ehemaliges Mitglied');
    const page = await reader.get(`/api/threads/${thread.id}`);
    expect(page.body.thread.openingPost.body).toBe('Wissen für das Netzwerk');
    expect((await claire.get('/api/me')).status).toBe(401);
    const login = await new ApiClient(server.url).post('/api/auth/login', { email: demoUser('claire').email, password: DEMO_PASSWORD });
    expect(login.status).toBe(401);
    const left = await server.database.query(
      `select email, bio, office, (select count(*)::int from sessions where user_id = $1) as sessions,
              (select count(*)::int from notifications where user_id = $1) as notifications,
              (select count(*)::int from data_exports where user_id = $1) as exports,
              (select count(*)::int from mails where user_id = $1) as mails
         from users where id = $1`,
      [me.id],
    );
    expect(left.rows[0]).toEqual({ email: `erased-${me.id}@erased.invalid`, bio: '', office: '', sessions: 0, notifications: 0, exports: 0, mails: 0 });
    expect((await admin.get('/api/admin/erasures')).body.items.some((e: { userId: number }) => e.userId === me.id)).toBe(false);
  });
});

describe('retention', () => {
  it('deletes sent mails after MAIL_LOG_DAYS (90 by default) and keeps queued and recent ones', async () => {
    const insert = (status: string, age: string) =>
      server.database.query(
        `insert into mails (to_address, kind, locale, subject, text, html, status, created_at)
         values ('alt@example.org', 'retention-test', 'de', 'Betreff', 'Text', '<p>Text</p>', $1, now() - $2::interval) returning id`,
        [status, age],
      );
    const old = (await insert('sent', '91 days')).rows[0]!.id;
    const recent = (await insert('sent', '89 days')).rows[0]!.id;
    const waiting = (await insert('queued', '91 days')).rows[0]!.id;
    await runHourlyNow();
    const ids = async () => (await server.database.query(`select id from mails where kind = 'retention-test' order by id`, [])).rows.map((r) => r.id);
    await expect.poll(ids, { timeout: 15_000 }).toEqual([recent, waiting]);
    expect(await ids()).not.toContain(old);
  });
});

describe('erasure with ERASURE_CONTENT=delete', () => {
  it('empties the posts, removes the documents and deletes the files only they used', async () => {
    const strict = await startTestServer({ ERASURE_CONTENT: 'delete' });
    try {
      const henrik = await signedIn(strict.url, 'henrik');
      const me = (await henrik.get('/api/me')).body.user;
      const thread = (await henrik.post('/api/threads', { categorySlug: await firstCategory(henrik), title: 'Verschwindet mit dem Konto', body: 'Mein Beitrag' })).body.thread;
      const pdf = `%PDF-1.4\n% Henriks Datei ${Date.now()}\n%%EOF\n`;
      const document = (await upload(henrik, documentFields({ title: 'Henriks Dokument' }), { name: 'henrik.pdf', content: pdf })).body.document;
      const sha = createHash('sha256').update(pdf).digest('hex');
      expect(await storedFiles(strict.dataDir)).toContain(sha);

      const admin = await signedIn(strict.url, 'admin');
      expect((await admin.post(`/api/users/${me.id}/erasure`)).status).toBe(202);
      await strict.database.query(`update users set erasure_due_at = now() - interval '1 second' where id = $1`, [me.id]);
      await strict.database.query(`update jobs set run_at = now() where kind = 'every:data-rights'`, []);

      const reader = await signedIn(strict.url, 'member');
      await expect.poll(async () => (await reader.get(`/api/documents/${document.id}`)).status, { timeout: 15_000 }).toBe(404);
      const page = await reader.get(`/api/threads/${thread.id}`);
      expect(page.body.thread.author.displayName).toBe('Ehemaliges Mitglied');
      expect(page.body.thread.openingPost.body).not.toContain('Mein Beitrag');
      // His files go (this one and those of his demo documents); the others' stay, and download.
      expect(await storedFiles(strict.dataDir)).not.toContain(sha);
      const others = (await reader.get('/api/documents')).body.items as { id: number; owner: { id: number } }[];
      expect(others.length).toBeGreaterThan(0);
      expect(others.some((d) => d.owner.id === me.id)).toBe(false);
      expect((await fetch(`${strict.url}/files/${others[0]!.id}`, { headers: { cookie: reader.cookie } })).status).toBe(200);
    } finally {
      await strict.close();
    }
  });
});
