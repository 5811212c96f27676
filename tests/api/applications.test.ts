import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Application, OutboxMail } from '@praxisnetz/shared';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let visitor: ApiClient;
let member: ApiClient;
let admin: ApiClient;

const LIMIT = 8;

beforeAll(async () => {
  server = await startTestServer({ APPLICATIONS_PER_HOUR: String(LIMIT) });
  visitor = new ApiClient(server.url);
  [member, admin] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'admin')]);
});
afterAll(() => server.close());

const application = (over: Record<string, unknown> = {}) => ({
  cityName: 'Neustadt an der Weinstraße',
  state: 'Rheinland-Pfalz',
  population: 53_000,
  office: 'Kommunaler Präventionsrat',
  contactName: 'Jana Albers',
  email: 'j.albers@neustadt.example',
  motivation: 'Wir möchten unsere Sicherheitsbefragung mit anderen Städten vergleichen.',
  heardFrom: 'Jahrestagung',
  consent: true,
  ...over,
});

const applications = async (): Promise<Application[]> => (await admin.get('/api/applications')).body.items;
const outbox = async (to: string): Promise<OutboxMail[]> => ((await admin.get('/api/admin/outbox')).body.items as OutboxMail[]).filter((m) => m.to === to);

describe('membership applications', () => {
  it('are refused without consent, or with a field out of bounds, naming the field; nothing is kept', async () => {
    for (const [over, field] of [
      [{ consent: false }, 'consent'],
      [{ consent: undefined }, 'consent'],
      [{ email: 'keine-adresse' }, 'email'],
      [{ population: 0 }, 'population'],
      [{ motivation: 'kurz' }, 'motivation'],
      [{ formStartedAt: Date.now() }, 'formStartedAt'],
    ] as const) {
      const res = await visitor.post('/api/applications', application(over));
      expect(res.status, JSON.stringify(over)).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect(await applications()).toEqual([]);
  });

  it('are taken from visitors and reach the office, which alone reads them', async () => {
    const res = await visitor.post('/api/applications', application({ formStartedAt: Date.now() - 60_000 }));
    expect(res.status).toBe(201);
    const [kept] = await applications();
    expect(kept).toMatchObject({ cityName: 'Neustadt an der Weinstraße', country: 'DE', status: 'pending', email: 'j.albers@neustadt.example', city: null });
    expect((await member.get('/api/applications')).status).toBe(403);
    expect((await visitor.get('/api/applications')).status).toBe(401);
    const told = (await admin.get('/api/notifications')).body.items;
    expect(told.some((n: { kind: string; href: string }) => n.kind === 'membership_application' && n.href === '/admin/applications')).toBe(true);
  });

  it('filled in by a bot (the honeypot) are answered alike and not kept', async () => {
    const before = (await applications()).length;
    expect((await visitor.post('/api/applications', application({ website: 'https://spam.example' }))).status).toBe(201);
    expect(await applications()).toHaveLength(before);
  });

  it('once accepted, create the city and invite the contact, who registers as its active coordinator', async () => {
    const [pending] = await applications();
    expect((await member.post(`/api/applications/${pending!.id}/accept`)).status).toBe(403);
    const accepted = await admin.post(`/api/applications/${pending!.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.application).toMatchObject({ status: 'accepted', city: { slug: 'neustadt-an-der-weinstrasse' }, invitationUsed: false });
    expect((await admin.post(`/api/applications/${pending!.id}/reject`, { reason: 'Doch nicht, zweimal entschieden.' })).status).toBe(409);

    const cities = (await visitor.get('/api/cities')).body.items;
    expect(cities.some((c: { slug: string }) => c.slug === 'neustadt-an-der-weinstrasse')).toBe(true);
    const [mail] = await outbox('j.albers@neustadt.example');
    const url: string = accepted.body.invitationUrl;
    expect(mail!.text).toContain(url);
    const token = new URL(url).searchParams.get('invitation')!;

    const shown = await visitor.get(`/api/invitations/${token}`);
    expect(shown.body.invitation).toMatchObject({ city: { name: 'Neustadt an der Weinstraße' }, contactName: 'Jana Albers' });

    const register = { email: 'j.albers@neustadt.example', password: 'ein-langes-passwort', displayName: 'Jana Albers', citySlug: 'ignored', invitation: token };
    const other = await visitor.post('/api/auth/register', { ...register, email: 'jemand@anders.example' });
    expect(other.status).toBe(400);
    expect(other.body.error.fields).toHaveProperty('email');
    const registered = await visitor.post('/api/auth/register', register);
    expect(registered.status).toBe(201);
    expect(registered.body.user).toMatchObject({ status: 'active', city: { slug: 'neustadt-an-der-weinstrasse' } });
    const city = (await visitor.get('/api/cities')).body.items.find((c: { slug: string }) => c.slug === 'neustadt-an-der-weinstrasse');
    expect(city.coordinator).toMatchObject({ displayName: 'Jana Albers' });
    const signIn = await visitor.post('/api/auth/login', { email: register.email, password: register.password });
    expect(signIn.status).toBe(200);

    expect((await visitor.get(`/api/invitations/${token}`)).status).toBe(404);
    const again = await new ApiClient(server.url).post('/api/auth/register', { ...register, email: 'j.albers2@neustadt.example' });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toHaveProperty('invitation');
    expect((await applications())[0]!.invitationUsed).toBe(true);
  });

  it('once rejected, tell the contact the reason', async () => {
    await visitor.post('/api/applications', application({ cityName: 'Kleinhausen', email: 'amt@kleinhausen.example' }));
    const [pending] = await applications();
    const short = await admin.post(`/api/applications/${pending!.id}/reject`, { reason: 'nein' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('reason');
    const rejected = await admin.post(`/api/applications/${pending!.id}/reject`, { reason: 'Das Netzwerk nimmt nur Städte ab 20.000 Einwohnern auf.' });
    expect(rejected.body.application).toMatchObject({ status: 'rejected', rejectReason: 'Das Netzwerk nimmt nur Städte ab 20.000 Einwohnern auf.', city: null });
    const [mail] = await outbox('amt@kleinhausen.example');
    expect(mail!.text).toContain('ab 20.000 Einwohnern');
    expect((await visitor.get('/api/cities')).body.items.some((c: { name: string }) => c.name === 'Kleinhausen')).toBe(false);
  });

  it('once decided, can be deleted by the office with the contact’s details; an open one cannot', async () => {
    await visitor.post('/api/applications', application({ cityName: 'Offenstadt', email: 'amt@offenstadt.example' }));
    const [open, decided] = await applications();
    expect(open).toMatchObject({ cityName: 'Offenstadt', status: 'pending' });
    expect((await admin.delete(`/api/applications/${open!.id}`)).status).toBe(409);
    expect((await member.delete(`/api/applications/${decided!.id}`)).status).toBe(403);
    expect((await admin.delete(`/api/applications/${decided!.id}`)).status).toBe(204);
    expect((await applications()).map((a) => a.id)).not.toContain(decided!.id);
    expect((await admin.delete(`/api/applications/${decided!.id}`)).status).toBe(404);
  });

  it('from one address are limited per hour', async () => {
    const statuses: number[] = [];
    for (let i = 0; i < LIMIT; i++) statuses.push((await visitor.post('/api/applications', application({ cityName: `Stadt ${i}` }))).status);
    expect(statuses).toContain(429);
    expect((await applications()).filter((a) => a.cityName.startsWith('Stadt ')).length).toBe(statuses.filter((s) => s === 201).length);
  });
});

describe('registration and the privacy notice', () => {
  it('records the version of the privacy notice the form showed', async () => {
    const version = (await visitor.get('/api/pages/datenschutz')).body.page.version;
    const cities = (await visitor.get('/api/cities')).body.items;
    const base = { password: 'ein-langes-passwort', displayName: 'Lea Brandt', citySlug: cities[0].slug };
    const future = await visitor.post('/api/auth/register', { ...base, email: 'lea@stadt.example', privacyVersion: version + 1 });
    expect(future.status).toBe(400);
    expect(future.body.error.fields).toHaveProperty('privacyVersion');
    const ok = await visitor.post('/api/auth/register', { ...base, email: 'lea@stadt.example', privacyVersion: version });
    expect(ok.status).toBe(201);
    expect(ok.body.user.privacyVersion).toBe(version);
  });

  it('shows a changed notice again until its new version is accepted', async () => {
    expect((await member.get('/api/privacy-notice')).body).toEqual({ version: 0, accepted: null, changed: false });
    await admin.put('/api/pages/datenschutz', { locale: 'de', title: 'Datenschutzerklärung', body: 'Neu: Wir speichern nur notwendige Cookies.' });
    expect((await member.get('/api/privacy-notice')).body).toEqual({ version: 1, accepted: null, changed: true });
    const stale = await member.post('/api/privacy-notice/accept', { version: 0 });
    expect(stale.status).toBe(400);
    expect(stale.body.error.fields).toHaveProperty('version');
    expect((await member.post('/api/privacy-notice/accept', { version: 1 })).body).toEqual({ version: 1, accepted: 1, changed: false });
    expect((await member.get('/api/privacy-notice')).body.changed).toBe(false);
    expect((await new ApiClient(server.url).get('/api/privacy-notice')).status).toBe(401);
  });
});
