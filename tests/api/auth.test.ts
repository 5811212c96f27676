import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { confirmAddress } from '../support/outbox.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
beforeAll(async () => {
  server = await startTestServer({
    LOGIN_MAX_FAILURES_PER_ACCOUNT: '3',
    ADMIN_EMAIL: 'ops@stadt.example',
    ADMIN_PASSWORD: 'a-long-admin-secret',
  });
});
afterAll(() => server.close());

const newcomer = (n: string) => ({
  email: `neu.${n}@stadt-augsburg.example`,
  password: 'sicheres-passwort-1',
  displayName: `Neue Kollegin ${n}`,
  citySlug: demoUser('member').citySlug,
});

describe('registration', () => {
  it('creates a pending account in the chosen member city', async () => {
    const res = await new ApiClient(server.url).post('/api/auth/register', newcomer('a'));
    expect(res.status).toBe(201);
    expect(res.body.user).toMatchObject({ email: 'neu.a@stadt-augsburg.example', status: 'pending', role: 'member' });
    expect(res.body.user.city.slug).toBe(demoUser('member').citySlug);
    expect(res.body.user).not.toHaveProperty('passwordHash');
  });

  it('explains every invalid field at once', async () => {
    const res = await new ApiClient(server.url).post('/api/auth/register', {
      email: 'not-an-address',
      password: 'short',
      displayName: '',
      citySlug: demoUser('member').citySlug,
    });
    expect(res.status).toBe(400);
    expect(res.body.error.code).toBe('validation_failed');
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['displayName', 'email', 'password']);
  });

  it('refuses a city that is not a member', async () => {
    const res = await new ApiClient(server.url).post('/api/auth/register', { ...newcomer('b'), citySlug: 'atlantis' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields.citySlug).toBeTruthy();
  });

  it('refuses a second account for the same e-mail, whatever its case', async () => {
    const client = new ApiClient(server.url);
    expect((await client.post('/api/auth/register', newcomer('c'))).status).toBe(201);
    const again = await client.post('/api/auth/register', { ...newcomer('c'), email: 'NEU.C@stadt-augsburg.example' });
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('email_taken');
  });
});

describe('login and sessions', () => {
  it('signs in with an HttpOnly SameSite=Lax session cookie and knows who is signed in', async () => {
    const client = new ApiClient(server.url);
    const res = await client.login(demoUser('member').email);
    const cookie = res.headers.getSetCookie().find((c) => c.startsWith('pn_session='))!;
    expect(cookie).toMatch(/HttpOnly/i);
    expect(cookie).toMatch(/SameSite=Lax/i);
    expect(cookie).not.toMatch(/Secure/i);
    const me = await client.get('/api/me');
    expect(me.status).toBe(200);
    expect(me.body.user.email).toBe(demoUser('member').email);
  });

  it('answers a wrong password and an unknown e-mail alike', async () => {
    const client = new ApiClient(server.url);
    const wrong = await client.post('/api/auth/login', { email: demoUser('moderator').email, password: 'falsches-passwort' });
    const unknown = await client.post('/api/auth/login', { email: 'niemand@nirgendwo.example', password: 'falsches-passwort' });
    expect(wrong.status).toBe(401);
    expect(unknown.status).toBe(401);
    expect(wrong.body).toEqual(unknown.body);
  });

  it('blocks an account after repeated failures, even with the right password', async () => {
    const client = new ApiClient(server.url);
    const email = demoUser('moderator2').email;
    for (let i = 0; i < 3; i++) {
      expect((await client.post('/api/auth/login', { email, password: 'falsch-falsch' })).status).toBe(401);
    }
    const blocked = await client.post('/api/auth/login', { email, password: 'praxisnetz-demo' });
    expect(blocked.status).toBe(429);
    expect(blocked.body.error.code).toBe('rate_limited');
    expect(Number(blocked.headers.get('retry-after'))).toBeGreaterThan(0);
  });

  it('ends the session on logout', async () => {
    const client = await signedIn(server.url, 'member');
    const stale = client.cookie;
    expect((await client.post('/api/auth/logout')).status).toBe(204);
    expect((await client.get('/api/me')).status).toBe(401);
    client.cookie = stale;
    expect((await client.get('/api/me')).status).toBe(401);
  });

  it('ends every other session when the password changes', async () => {
    const email = newcomer('pw').email;
    const first = new ApiClient(server.url);
    await first.post('/api/auth/register', newcomer('pw'));
    await first.login(email, 'sicheres-passwort-1');
    const second = new ApiClient(server.url);
    await second.login(email, 'sicheres-passwort-1');

    const wrongCurrent = await first.post('/api/auth/password', { currentPassword: 'nicht-richtig', newPassword: 'ganz-neues-passwort' });
    expect(wrongCurrent.status).toBe(400);
    expect(wrongCurrent.body.error.fields.currentPassword).toBeTruthy();

    const changed = await first.post('/api/auth/password', { currentPassword: 'sicheres-passwort-1', newPassword: 'ganz-neues-passwort' });
    expect(changed.status).toBe(204);
    expect((await first.get('/api/me')).status).toBe(200);
    expect((await second.get('/api/me')).status).toBe(401);
    expect((await new ApiClient(server.url).post('/api/auth/login', { email, password: 'sicheres-passwort-1' })).status).toBe(401);
    await new ApiClient(server.url).login(email, 'ganz-neues-passwort');
  });

  it('creates the configured admin at start', async () => {
    const admin = new ApiClient(server.url);
    await admin.login('ops@stadt.example', 'a-long-admin-secret');
    expect((await admin.get('/api/me')).body.user).toMatchObject({ role: 'admin', status: 'active' });
  });
});

describe('approval of new accounts', () => {
  it('lets moderators list and approve pending accounts, after which they may write', async () => {
    const applicant = new ApiClient(server.url);
    const { body } = await applicant.post('/api/auth/register', newcomer('approve'));
    await applicant.login(newcomer('approve').email, 'sicheres-passwort-1');
    const thread = { categorySlug: 'wohnungseinbruch', title: 'Erste Frage aus Augsburg', body: 'Hallo zusammen!' };
    const refused = await applicant.post('/api/threads', thread);
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('account_pending');

    const moderator = await signedIn(server.url, 'moderator');
    const pending = await moderator.get('/api/users?status=pending');
    expect(pending.body.items.map((u: { id: number }) => u.id)).toContain(body.user.id);
    // An address nobody confirmed is not approved.
    const early = await moderator.post(`/api/users/${body.user.id}/approve`);
    expect(early.status).toBe(409);
    expect(early.body.error.code).toBe('email_unconfirmed');
    await confirmAddress(applicant, await signedIn(server.url, 'admin'), newcomer('approve').email);
    const approved = await moderator.post(`/api/users/${body.user.id}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.user.status).toBe('active');

    expect((await applicant.post('/api/threads', thread)).status).toBe(201);
  });

  it('keeps the approval queue from members and anonymous visitors', async () => {
    const member = await signedIn(server.url, 'member');
    expect((await member.get('/api/users?status=pending')).status).toBe(403);
    expect((await new ApiClient(server.url).get('/api/users?status=pending')).status).toBe(401);
    const pendingId = (await (await signedIn(server.url, 'moderator')).get('/api/users?status=pending')).body.items[0].id;
    expect((await member.post(`/api/users/${pendingId}/approve`)).status).toBe(403);
  });

  it('lets only admins appoint moderators', async () => {
    const target = (await (await signedIn(server.url, 'admin')).get('/api/users')).body.items.find(
      (u: { email: string }) => u.email === demoUser('member').email,
    );
    expect((await (await signedIn(server.url, 'moderator')).put(`/api/users/${target.id}/role`, { role: 'moderator' })).status).toBe(403);
    const admin = await signedIn(server.url, 'admin');
    const res = await admin.put(`/api/users/${target.id}/role`, { role: 'moderator' });
    expect(res.body.user.role).toBe('moderator');
    await admin.put(`/api/users/${target.id}/role`, { role: 'member' });
  });
});

describe('profile', () => {
  it('updates name, city, bio and language but not the role', async () => {
    const client = await signedIn(server.url, 'member');
    const res = await client.patch('/api/me', {
      displayName: 'Jana Beispiel',
      citySlug: demoUser('moderator').citySlug,
      bio: 'Kriminalpräventiver Rat',
      locale: 'fr',
      role: 'admin',
    });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ displayName: 'Jana Beispiel', bio: 'Kriminalpräventiver Rat', locale: 'fr', role: 'member' });
    expect(res.body.user.city.slug).toBe(demoUser('moderator').citySlug);
  });
});

describe('what an account may do', () => {
  it.each([
    ['member', { takePart: true, moderate: false, administer: false, reviewFlags: false, approveAccounts: false }],
    ['moderator', { takePart: true, moderate: true, administer: false, reviewFlags: true, approveAccounts: true }],
    ['admin', { takePart: true, moderate: true, administer: true, reviewFlags: true, approveAccounts: true }],
  ])('tells a %s its permissions with its account', async (key, permissions) => {
    const client = await signedIn(server.url, key);
    expect((await client.get('/api/me')).body.user.permissions).toEqual(permissions);
  });

  it('tells a pending account that it cannot take part yet', async () => {
    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/login', { email: demoUser('pending1').email, password: 'praxisnetz-demo' });
    expect(res.body.user.permissions).toEqual({ takePart: false, moderate: false, administer: false, reviewFlags: false, approveAccounts: false });
  });
});
