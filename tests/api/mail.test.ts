import type { OutboxMail } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { documentFields, upload } from '../support/uploads.ts';

const PUBLIC_URL = 'https://praxisnetz.example';
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;
let claire: ApiClient;
let sabine: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL, MAIL_FROM: 'Praxisnetz <netzwerk@praxisnetz.example>' });
  [claire, sabine, admin] = await Promise.all([signedIn(server.url, 'claire'), signedIn(server.url, 'sabine'), signedIn(server.url, 'admin')]);
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

async function threadBy(client: ApiClient, title: string) {
  const categorySlug = (await client.get('/api/categories')).body.items[0].slug;
  return (await client.post('/api/threads', { categorySlug, title, body: 'Début du sujet' })).body.thread as { id: number };
}

async function outbox(): Promise<OutboxMail[]> {
  const res = await admin.get('/api/admin/outbox');
  expect(res.status).toBe(200);
  return res.body.items;
}

const toClaire = (subject: string) => (r: { to: string[]; mail: { subject?: string } }) =>
  r.to.includes(demoUser('claire').email) && r.mail.subject === subject;

describe('mails through SMTP', () => {
  it('tells a watcher of a reply by mail, in their language, with a one-click unsubscribe that works', async () => {
    const title = `Vidéoprotection et vie privée ${Date.now()}`;
    const thread = await threadBy(claire, title);
    const reply = (await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Bei uns entscheidet der **Beirat**.' })).body.post;
    const got = await smtp.next(toClaire(`Nouvelle réponse dans « ${title} »`));

    expect(got.mail.from?.value).toEqual([{ name: 'Praxisnetz', address: 'netzwerk@praxisnetz.example' }]);
    expect(got.mail.text).toContain('Bonjour Claire Lefèvre');
    expect(got.mail.text).toContain('Bei uns entscheidet der **Beirat**.');
    expect(got.mail.text).toContain(`${PUBLIC_URL}/posts/${reply.id}`);
    expect(got.mail.html).toContain('<html lang="fr">');
    expect(got.mail.html).not.toMatch(/<img|src=|@import|url\(/);
    const header = (name: string) => got.mail.headerLines.find((h) => h.key === name)?.line.replace(/^[^:]+:\s*/, '');
    const oneClick = /^<([^>]+)>$/.exec(header('list-unsubscribe') ?? '')![1]!;
    expect(oneClick).toMatch(new RegExp(`^${PUBLIC_URL}/api/unsubscribe\\?token=[\\w-]+&kind=reply$`));
    expect(header('list-unsubscribe-post')).toBe('List-Unsubscribe=One-Click');

    // The mail provider posts the one-click form, without any session.
    const unsubscribed = await fetch(oneClick.replace(PUBLIC_URL, server.url), {
      method: 'POST',
      headers: { 'content-type': 'application/x-www-form-urlencoded' },
      body: 'List-Unsubscribe=One-Click',
    });
    expect(unsubscribed.status).toBe(200);
    expect(await unsubscribed.json()).toEqual({ kind: 'reply', email: 'off' });

    const sent = smtp.received.length;
    const second = (await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Noch ein Gedanke.' })).body.post;
    await expect.poll(async () => (await claire.get('/api/notifications')).body.items.find((n: { thread: { id: number } }) => n.thread?.id === thread.id)?.count, { timeout: 5000 }).toBe(2);
    expect((await outbox()).some((m) => m.text.includes(`/posts/${second.id}`))).toBe(false);
    expect(smtp.received.length).toBe(sent);
  });

  it('mails a mention at once by default, a quote only once the member turns quote mails on', async () => {
    const defaults = (await sabine.get('/api/me/notification-settings')).body;
    expect([defaults.reply.email, defaults.mention.email, defaults.quote.email]).toEqual(['immediate', 'immediate', 'off']);
    const title = `Médiation de quartier ${Date.now()}`;
    const thread = await threadBy(sabine, title);
    const claireId = (await claire.get('/api/me')).body.user.id;
    const own = (await claire.post(`/api/threads/${thread.id}/posts`, { body: 'Chez nous, deux médiateurs.' })).body.post;
    await sabine.post(`/api/threads/${thread.id}/posts`, { body: `> **Claire** [schrieb](/posts/${own.id}):\n> Chez nous, deux médiateurs.\n\nDanke!` });
    await sabine.post(`/api/threads/${thread.id}/posts`, { body: `Frage an @[Claire Lefèvre](/users/${claireId}): wie finanziert?` });
    const mentioned = await smtp.next(toClaire(`Sabine Krüger vous a mentionné·e dans « ${title} »`));
    expect(mentioned.mail.text).toContain('wie finanziert?');
    // The quote's notification is written in the same transaction as its mails would be.
    await expect.poll(async () => (await claire.get('/api/notifications')).body.items.some((n: { kind: string; thread: { id: number } }) => n.kind === 'quote' && n.thread?.id === thread.id)).toBe(true);
    expect((await outbox()).some((m) => m.subject === `Sabine Krüger vous a cité·e dans « ${title} »`)).toBe(false);

    const settings = await claire.put('/api/me/notification-settings', { reply: { email: 'off' }, quote: { email: 'immediate' } });
    expect(settings.body.quote).toEqual({ app: 'on', email: 'immediate' });
    const again = (await claire.post(`/api/threads/${thread.id}/posts`, { body: 'Via le contrat de ville.' })).body.post;
    await sabine.post(`/api/threads/${thread.id}/posts`, { body: `> **Claire** [schrieb](/posts/${again.id}):\n> Via le contrat de ville.\n\nSpannend.` });
    await smtp.next(toClaire(`Sabine Krüger vous a cité·e dans « ${title} »`));
  });

  it('gathers what a member takes daily into one digest at 7:00 their time, leaving out what they read', async () => {
    await claire.post('/api/notifications/read', { all: true });
    const settings = await claire.put('/api/me/notification-settings', { reply: { email: 'daily' }, mention: { email: 'daily' } });
    expect(settings.body.reply).toEqual({ app: 'on', email: 'daily' });
    const title = `Conseils locaux de sécurité ${Date.now()}`;
    const thread = await threadBy(claire, title);
    const read = await threadBy(claire, `Déjà lu ${Date.now()}`);
    await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Bei uns tagt der Rat monatlich.' });
    await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Und mit der Polizei.' });
    await sabine.post(`/api/threads/${read.id}/posts`, { body: 'Schon gelesen.' });
    const entries = async () => (await claire.get('/api/notifications')).body.items as { id: number; count: number; thread: { id: number } | null }[];
    await expect.poll(async () => (await entries()).find((n) => n.thread?.id === thread.id)?.count, { timeout: 5000 }).toBe(2);
    await expect.poll(async () => (await entries()).some((n) => n.thread?.id === read.id), { timeout: 5000 }).toBe(true);
    await claire.post('/api/notifications/read', { ids: [(await entries()).find((n) => n.thread?.id === read.id)!.id] });
    expect(smtp.received.some(toClaire(`Nouvelle réponse dans « ${title} »`))).toBe(false);

    // It is 7:00 for Claire now (a zone at the right offset from UTC), and the hourly run is due.
    const offset = (7 - new Date().getUTCHours() + 24) % 24;
    const zone = offset === 0 ? 'UTC' : offset <= 12 ? `Etc/GMT-${offset}` : `Etc/GMT+${24 - offset}`;
    await server.database.query(`update users set time_zone = $1, daily_digest_at = null where email = $2`, [zone, demoUser('claire').email]);
    await server.database.query(`update jobs set run_at = now() where kind = 'every:digest'`, []);
    const digest = await smtp.next(toClaire('Votre résumé du jour (1)'), 15_000);
    expect(digest.mail.text).toContain(`Nouvelle réponse dans « ${title} » (2×)`);
    expect(digest.mail.text).not.toContain('Déjà lu');
    expect(digest.mail.headerLines.some((h) => h.key === 'list-unsubscribe' && h.line.includes('kind=digest'))).toBe(true);
    // The next hour's run is queued, once.
    expect((await server.database.query(`select count(*)::int as n from jobs where kind = 'every:digest'`, [])).rows[0]!.n).toBe(1);
  });

  it('retries a mail the SMTP server put off (451) and delivers it once', async () => {
    const title = `Nachtbürgermeister – Erfahrungen ${Date.now()}`;
    const thread = await threadBy(sabine, title);
    smtp.failNext(451);
    await claire.post(`/api/threads/${thread.id}/posts`, { body: 'À Strasbourg, oui.' });
    const subject = `Neue Antwort in „${title}“`;
    await smtp.next((r) => r.mail.subject === subject, 20_000);
    await expect.poll(async () => (await outbox()).find((m) => m.subject === subject)?.status, { timeout: 5000 }).toBe('sent');
    const mail = (await outbox()).find((m) => m.subject === subject)!;
    expect(mail).toMatchObject({ attempts: 2, to: demoUser('sabine').email, locale: 'de' });
    expect(smtp.received.filter((r) => r.mail.subject === subject)).toHaveLength(1);
  });

  it('gives a mail up on a permanent refusal (550) and shows why in the outbox', async () => {
    const title = `Alkoholverbot am Bahnhof ${Date.now()}`;
    const thread = await threadBy(sabine, title);
    smtp.failNext(550);
    await claire.post(`/api/threads/${thread.id}/posts`, { body: 'Chez nous, non.' });
    const subject = `Neue Antwort in „${title}“`;
    await expect.poll(async () => (await outbox()).find((m) => m.subject === subject)?.status, { timeout: 10_000 }).toBe('failed');
    expect((await outbox()).find((m) => m.subject === subject)).toMatchObject({ attempts: 1, lastError: expect.stringContaining('550') });
    expect(smtp.received.some((r) => r.mail.subject === subject)).toBe(false);
  });

  it('sends nothing about a post deleted, or a group left, while its mail waited for a retry', async () => {
    /** Waits until the mail's first attempt was put off, lets `meanwhile` happen, then retries at once. */
    async function putOff(subject: string, meanwhile: () => Promise<void>) {
      await expect.poll(async () => (await outbox()).find((m) => m.subject === subject)?.attempts, { timeout: 10_000 }).toBe(1);
      await meanwhile();
      await server.database.query(`update jobs set run_at = now() where kind = 'mail:send'`, []);
      await expect.poll(async () => (await outbox()).find((m) => m.subject === subject)?.status, { timeout: 10_000 }).toBe('dropped');
      expect(smtp.received.some((r) => r.mail.subject === subject)).toBe(false);
    }

    const title = `Gelöschte Antwort ${Date.now()}`;
    const thread = await threadBy(sabine, title);
    smtp.failNext(451);
    const reply = (await claire.post(`/api/threads/${thread.id}/posts`, { body: 'Je retire ce que j’ai dit.' })).body.post;
    await putOff(`Neue Antwort in „${title}“`, async () => {
      expect((await claire.delete(`/api/posts/${reply.id}`)).status).toBe(204);
    });

    const group = await createGroup(admin, ['sabine']);
    await addMember(sabine, group.id, claire, 'claire');
    expect((await claire.put('/api/me/notification-settings', { group_document: { email: 'immediate' } })).status).toBe(200);
    smtp.failNext(451);
    const doc = await upload(sabine, documentFields({ title: `Interne Liste ${Date.now()}`, visibility: 'group', groupId: String(group.id) }), { name: 'liste.txt', content: 'Nur intern' });
    expect(doc.status).toBe(201);
    const subject = (await outbox()).find((m) => m.to === demoUser('claire').email && m.kind === 'group_document')!.subject;
    await putOff(subject, async () => {
      expect((await claire.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    });
  });

  it('refuses line breaks that could reach mail headers, and oversize input, before anything is mailed', async () => {
    const before = (await outbox()).length;
    const injected = 'Eva Muster\r\nBcc: opfer@example.org';
    const visitor = new ApiClient(server.url);
    const refused = async (res: { status: number; body: { error?: { fields?: Record<string, string> } } }, field: string) => {
      expect(res.status).toBe(400);
      expect(Object.keys(res.body.error?.fields ?? {})).toContain(field);
    };
    const registration = { email: `eva.${Date.now()}@stadt-augsburg.example`, password: 'sicheres-passwort-1', displayName: 'Eva Muster', citySlug: 'augsburg', locale: 'de' };
    await refused(await visitor.post('/api/auth/register', { ...registration, displayName: injected }), 'displayName');
    await refused(await visitor.post('/api/auth/register', { ...registration, email: `${registration.email}\r\nBcc: opfer@example.org` }), 'email');
    await refused(await visitor.post('/api/auth/register', { ...registration, email: `${'x'.repeat(250)}@example.org` }), 'email');
    await refused(await claire.patch('/api/me', { displayName: injected, citySlug: 'strasbourg', bio: '', locale: 'fr' }), 'displayName');

    const group = await createGroup(admin, ['sabine']);
    await refused(await sabine.post(`/api/groups/${group.id}/members`, { email: 'neu@example.org\nBcc: opfer@example.org' }), 'email');
    await refused(await sabine.post(`/api/groups/${group.id}/members`, { email: `${'y'.repeat(300)}@example.org` }), 'email');

    const thread = await threadBy(sabine, `Kopfzeilen ${Date.now()}`);
    const categorySlug = (await claire.get('/api/categories')).body.items[0].slug;
    await refused(await sabine.post('/api/threads', { categorySlug, title: 'Betreff\r\nBcc: opfer@example.org', body: 'Text' }), 'title');
    await refused(await claire.post(`/api/threads/${thread.id}/posts`, { body: 'x'.repeat(20_001) }), 'body');
    expect(await outbox()).toHaveLength(before);

    // The longest reply allowed makes a mail of bounded size: an excerpt and the link to the rest.
    await claire.post(`/api/threads/${thread.id}/posts`, { body: 'Long. '.repeat(3000) });
    const mail = await smtp.next((r) => r.to.includes(demoUser('sabine').email) && r.mail.subject!.includes('Kopfzeilen'));
    expect(mail.mail.text!.length).toBeLessThan(2000);
    expect(mail.mail.headerLines.filter((h) => h.key === 'bcc')).toEqual([]);
  });

  it('keeps the outbox for administrators and refuses bad unsubscribe links', async () => {
    expect((await sabine.get('/api/admin/outbox')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/admin/outbox')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/unsubscribe?token=unbekannt-und-falsch&kind=reply')).status).toBe(404);
    const kind = await new ApiClient(server.url).post('/api/unsubscribe?token=unbekannt-und-falsch&kind=alles');
    expect(kind.status).toBe(400);
    expect(kind.body.error.fields).toHaveProperty('kind');
  });
});

describe('mails without SMTP', () => {
  it('keeps every mail in the outbox, written as it would be sent', async () => {
    const plain = await startTestServer();
    try {
      const [asker, peer, boss] = await Promise.all([signedIn(plain.url, 'james'), signedIn(plain.url, 'sabine'), signedIn(plain.url, 'admin')]);
      const title = `Youth councils and safety ${Date.now()}`;
      const thread = await threadBy(asker, title);
      await peer.post(`/api/threads/${thread.id}/posts`, { body: 'In Köln gibt es das.' });
      const subject = `New reply in “${title}”`;
      await expect.poll(async () => (await boss.get('/api/admin/outbox')).body.items.find((m: OutboxMail) => m.subject === subject)?.status, { timeout: 5000 }).toBe('kept');
    } finally {
      await plain.close();
    }
  });
});
