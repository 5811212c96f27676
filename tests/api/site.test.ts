import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let visitor: ApiClient;
let member: ApiClient;
let admin: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  visitor = new ApiClient(server.url);
  [member, admin] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'admin')]);
});
afterAll(() => server.close());

describe('the network office’s pages', () => {
  it('are public, built in until edited, in the language asked for', async () => {
    const impressum = (await visitor.get('/api/pages/impressum')).body.page;
    expect(impressum).toMatchObject({ slug: 'impressum', locale: 'de', title: 'Impressum', version: 0, permissions: { canEdit: false } });
    expect(impressum.bodyHtml).toContain('§ 5 DDG');
    expect((await visitor.get('/api/pages/datenschutz?locale=fr')).body.page).toMatchObject({ locale: 'fr', title: 'Protection des données' });
    expect((await visitor.get('/api/pages/membership')).body.page.title).toBe('Mitgliedschaft');
    expect((await visitor.get('/api/pages/geheim')).status).toBe(404);
  });

  it('are edited by administrators as versions per language; German stands in for a language without its own', async () => {
    expect((await member.put('/api/pages/impressum', { locale: 'de', title: 'Impressum', body: 'Fremd' })).status).toBe(403);
    expect((await visitor.put('/api/pages/impressum', { locale: 'de', title: 'Impressum', body: 'Fremd' })).status).toBe(401);

    const first = await admin.put('/api/pages/impressum', { locale: 'de', title: 'Impressum', body: 'Netzwerk e. V.\n\n**Vorstand:** Dr. Katrin Vogel' });
    expect(first.status).toBe(200);
    expect(first.body.page).toMatchObject({ version: 1, permissions: { canEdit: true } });
    expect(first.body.page.bodyHtml).toContain('<strong>Vorstand:</strong>');
    await admin.put('/api/pages/impressum', { locale: 'de', title: 'Impressum', body: 'Netzwerk e. V., neue Anschrift' });
    const shown = (await visitor.get('/api/pages/impressum?locale=en')).body.page;
    expect(shown).toMatchObject({ locale: 'de', version: 2, body: 'Netzwerk e. V., neue Anschrift' });
    const versions = (await admin.get('/api/pages/impressum/versions')).body.items;
    expect(versions.map((v: { version: number }) => v.version)).toEqual([2, 1]);
    expect((await member.get('/api/pages/impressum/versions')).status).toBe(403);

    for (const [input, field] of [
      [{ locale: 'xx', title: 'Impressum', body: 'Text' }, 'locale'],
      [{ locale: 'de', title: '', body: 'Text' }, 'title'],
      [{ locale: 'de', title: 'Impressum', body: '' }, 'body'],
    ] as const) {
      const res = await admin.put('/api/pages/impressum', input);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await visitor.get('/api/pages/impressum')).body.page.version).toBe(2);
  });
});

describe('barrier reports', () => {
  it('are taken from anyone, kept for the administrators and told to them', async () => {
    const short = await visitor.post('/api/barrier-reports', { description: 'kaputt' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('description');

    const sent = await visitor.post('/api/barrier-reports', { pageUrl: '/audits/1', description: 'Die Karte lässt sich mit der Tastatur nicht bedienen.', contact: '' });
    expect(sent.status).toBe(201);
    const kept = (await admin.get('/api/barrier-reports')).body.items;
    expect(kept[0]).toMatchObject({ pageUrl: '/audits/1', description: 'Die Karte lässt sich mit der Tastatur nicht bedienen.' });
    expect((await member.get('/api/barrier-reports')).status).toBe(403);
    const told = (await admin.get('/api/notifications')).body.items;
    expect(told.some((n: { kind: string; href: string }) => n.kind === 'barrier_report' && n.href === '/admin/barriers')).toBe(true);
  });
});
