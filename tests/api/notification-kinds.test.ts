import type { Notification, OutboxMail } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { createSession } from '../support/live.ts';
import { confirmAddress, tokenFromOutbox } from '../support/outbox.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, upload } from '../support/uploads.ts';

let server: TestServer;
let admin: ApiClient;
let moderator: ApiClient;
let sabine: ApiClient;
let tobias: ApiClient;
let lena: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  [admin, moderator, sabine, tobias, lena] = await Promise.all([
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'moderator'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'tobias'),
    signedIn(server.url, 'lena'),
  ]);
});
afterAll(() => server.close());

const eventually = <T>(read: () => Promise<T>) => expect.poll(read, { timeout: 5000, interval: 50 });
const entries = async (client: ApiClient): Promise<Notification[]> => (await client.get('/api/notifications')).body.items;
const outbox = async (): Promise<OutboxMail[]> => (await admin.get('/api/admin/outbox')).body.items;
let registered = 0;

async function register(locale: 'de' | 'en' | 'fr' = 'de', citySlug = 'augsburg') {
  const email = `neu${++registered}.${Date.now()}@stadt-${citySlug}.example`;
  const client = new ApiClient(server.url);
  const res = await client.post('/api/auth/register', { email, password: 'sicheres-passwort-1', displayName: `Nina Neu ${registered}`, citySlug, locale });
  expect(res.status).toBe(201);
  await client.login(email, 'sicheres-passwort-1');
  return { client, email, id: res.body.user.id as number, name: `Nina Neu ${registered}` };
}

describe('accounts: confirmation, approval, rejection', () => {
  it('asks the applicant to confirm the address in their language; then moderators are told, and approving tells the applicant', async () => {
    const applicant = await register('fr');
    const confirmMail = (await outbox()).find((m) => m.to === applicant.email)!;
    expect(confirmMail.subject).toBe('Veuillez confirmer votre adresse e-mail');
    expect((await moderator.get('/api/users?status=pending')).body.items.find((u: { id: number }) => u.id === applicant.id).emailConfirmed).toBe(false);
    expect((await entries(moderator)).some((n) => n.subject?.id === applicant.id)).toBe(false);

    await confirmAddress(applicant.client, admin, applicant.email);
    await eventually(async () => (await entries(moderator)).find((n) => n.kind === 'account_pending' && n.subject?.id === applicant.id)?.href).toBe('/admin/users');
    expect((await entries(admin)).some((n) => n.kind === 'account_pending' && n.subject?.id === applicant.id)).toBe(true);
    expect((await outbox()).some((m) => m.kind === 'account_pending' && m.subject.includes(applicant.name))).toBe(true);

    expect((await moderator.post(`/api/users/${applicant.id}/approve`)).status).toBe(200);
    const approved = (await entries(applicant.client)).find((n) => n.kind === 'account_approved');
    expect(approved?.actor?.displayName).toBe(demoUser('moderator').displayName);
    expect((await outbox()).find((m) => m.to === applicant.email && m.kind === 'account_approved')?.subject).toBe('Votre compte Praxisnetz est validé');
  });

  it("tells the moderators of the applicant's national network, and the administrators", async () => {
    // The demo's moderators work in German cities; Strasbourg is in the French network.
    const french = await register('fr', 'strasbourg');
    await confirmAddress(french.client, admin, french.email);
    await eventually(async () => (await entries(admin)).some((n) => n.kind === 'account_pending' && n.subject?.id === french.id)).toBe(true);
    expect((await entries(moderator)).some((n) => n.subject?.id === french.id)).toBe(false);
    const german = await register('de', 'leipzig');
    await confirmAddress(german.client, admin, german.email);
    await eventually(async () => (await entries(moderator)).some((n) => n.kind === 'account_pending' && n.subject?.id === german.id)).toBe(true);
  });

  it('refuses a used, unknown or malformed confirmation link with 400 naming the token', async () => {
    const applicant = await register();
    const token = await tokenFromOutbox(admin, applicant.email, '/confirm-email');
    expect((await applicant.client.post('/api/auth/confirm-email', { token })).status).toBe(200);
    for (const bad of [token, 'x'.repeat(40), '']) {
      const res = await applicant.client.post('/api/auth/confirm-email', { token: bad });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('token');
    }
  });

  it('turns a registration down with a reason: the applicant gets it by mail and the account is gone', async () => {
    const applicant = await register();
    const short = await moderator.post(`/api/users/${applicant.id}/reject`, { reason: 'nein' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('reason');
    expect((await sabine.post(`/api/users/${applicant.id}/reject`, { reason: 'Keine Kommune des Netzwerks.' })).status).toBe(403);
    expect((await moderator.post(`/api/users/${applicant.id}/reject`, { reason: 'Augsburg ist noch keine Mitgliedsstadt.' })).status).toBe(204);
    const mail = (await outbox()).find((m) => m.to === applicant.email && m.kind === 'account_rejected')!;
    expect(mail.text).toContain('> Augsburg ist noch keine Mitgliedsstadt.');
    expect((await new ApiClient(server.url).post('/api/auth/login', { email: applicant.email, password: 'sicheres-passwort-1' })).status).toBe(401);
    expect((await moderator.post(`/api/users/${applicant.id}/reject`, { reason: 'Augsburg ist noch keine Mitgliedsstadt.' })).status).toBe(404);
    // The log keeps the decision and its reason, not the person who was turned down.
    const [entry] = (await admin.get('/api/moderation/log?action=user.reject')).body.items;
    expect(entry).toMatchObject({ action: 'user.reject', targetUser: null, details: { reason: 'Augsburg ist noch keine Mitgliedsstadt.' } });
    expect(JSON.stringify(entry)).not.toContain(applicant.email);
  });
});

describe('addresses and passwords', () => {
  it('changes the address only once the new one confirms, and tells the old one', async () => {
    const applicant = await register();
    await confirmAddress(applicant.client, admin, applicant.email);
    await moderator.post(`/api/users/${applicant.id}/approve`);
    const wrong = await applicant.client.post('/api/me/email', { email: 'neu@example.org', password: 'falsch-falsch' });
    expect(wrong.status).toBe(400);
    expect(wrong.body.error.fields).toHaveProperty('password');
    expect((await applicant.client.post('/api/me/email', { email: 'kein-at-zeichen', password: 'sicheres-passwort-1' })).body.error.fields).toHaveProperty('email');
    const taken = await applicant.client.post('/api/me/email', { email: demoUser('lena').email, password: 'sicheres-passwort-1' });
    expect(taken.status).toBe(409);

    const next = `umgezogen.${Date.now()}@stadt-augsburg.example`;
    expect((await applicant.client.post('/api/me/email', { email: next, password: 'sicheres-passwort-1' })).status).toBe(202);
    expect((await applicant.client.get('/api/me')).body.user.email).toBe(applicant.email);
    await confirmAddress(applicant.client, admin, next);
    expect((await applicant.client.get('/api/me')).body.user.email).toBe(next);
    const told = (await outbox()).find((m) => m.to === applicant.email && m.kind === 'email_changed')!;
    expect(told.text).toContain(next);
    await new ApiClient(server.url).login(next, 'sicheres-passwort-1');
  });

  it('mails a changed password, and lets admins (only) send a member a reset link', async () => {
    const applicant = await register();
    expect((await applicant.client.post('/api/auth/password', { currentPassword: 'sicheres-passwort-1', newPassword: 'noch-sicherer-2' })).status).toBe(204);
    expect((await outbox()).some((m) => m.to === applicant.email && m.kind === 'password_changed')).toBe(true);

    expect((await moderator.post(`/api/users/${applicant.id}/password-reset`)).status).toBe(403);
    expect((await admin.post(`/api/users/${applicant.id}/password-reset`)).status).toBe(202);
    const token = await tokenFromOutbox(admin, applicant.email, '/reset-password');
    expect((await new ApiClient(server.url).post('/api/auth/password-reset/confirm', { token, password: 'ganz-neues-passwort' })).status).toBe(200);
    expect((await admin.post('/api/users/2000000000/password-reset')).status).toBe(404);
  });
});

describe('working groups, documents, sessions and questions', () => {
  it('tells an invited member and one let in, linking the group', async () => {
    const group = await createGroup(admin, ['sabine']);
    await sabine.post(`/api/groups/${group.id}/members`, { email: demoUser('tobias').email });
    const invitation = (await entries(tobias)).find((n) => n.kind === 'group_invitation' && n.group?.id === group.id);
    expect(invitation).toMatchObject({ href: `/groups/${group.id}`, group: { name: group.name }, actor: { displayName: demoUser('sabine').displayName } });

    expect((await lena.post(`/api/groups/${group.id}/join`)).status).toBeLessThan(300);
    const me = (await lena.get('/api/me')).body.user.id;
    expect((await sabine.post(`/api/groups/${group.id}/members/${me}/approve`)).status).toBe(200);
    expect((await entries(lena)).some((n) => n.kind === 'group_approved' && n.group?.id === group.id)).toBe(true);
  });

  it('invites an address without an account to register, and the invitation waits for the new account', async () => {
    const group = await createGroup(admin, ['sabine']);
    const email = `eingeladen.${Date.now()}@stadt-augsburg.example`;
    const invited = await sabine.post(`/api/groups/${group.id}/members`, { email });
    expect(invited.status).toBe(202);
    expect(invited.body).toEqual({ invitation: { email } });
    const mail = (await outbox()).find((m) => m.to === email)!;
    expect(mail.subject).toBe(`Einladung in die Arbeitsgruppe „${group.name}“ bei Praxisnetz`);
    expect(mail.text).toContain('Guten Tag,');
    expect(mail.text).toContain('/register');

    const client = new ApiClient(server.url);
    const res = await client.post('/api/auth/register', { email, password: 'sicheres-passwort-1', displayName: 'Ina Eingeladen', citySlug: 'augsburg' });
    await client.login(email, 'sicheres-passwort-1');
    await confirmAddress(client, admin, email);
    await moderator.post(`/api/users/${res.body.user.id}/approve`);
    expect((await entries(client)).find((n) => n.kind === 'group_invitation')?.group).toEqual({ id: group.id, name: group.name });
    expect((await client.post(`/api/groups/${group.id}/join`)).status).toBeLessThan(300);
    expect((await client.get(`/api/groups/${group.id}`)).body.group.myMembership.status).toBe('active');
  });

  it("tells a group's members of a new group document, never outsiders", async () => {
    const group = await createGroup(admin, ['sabine']);
    await addMember(sabine, group.id, tobias, 'tobias');
    const res = await upload(sabine, documentFields({ title: 'Protokoll der Gruppe', visibility: 'group', groupId: String(group.id) }), { name: 'protokoll.txt', content: 'Tagesordnung' });
    expect(res.status).toBe(201);
    const entry = (await entries(tobias)).find((n) => n.kind === 'group_document' && n.document?.id === res.body.document.id);
    expect(entry).toMatchObject({ href: `/library/${res.body.document.id}`, document: { title: 'Protokoll der Gruppe' } });
    expect((await entries(lena)).some((n) => n.document?.id === res.body.document.id)).toBe(false);
    expect((await entries(sabine)).some((n) => n.document?.id === res.body.document.id)).toBe(false);
    // A deleted document takes its entry along.
    expect((await sabine.delete(`/api/documents/${res.body.document.id}`)).status).toBe(204);
    expect((await entries(tobias)).some((n) => n.document?.id === res.body.document.id)).toBe(false);
  });

  it('tells members that a session starts soon and when it goes live, and an asker that their question was answered', async () => {
    expect((await tobias.put('/api/me/notification-settings', { session_soon: { email: 'immediate' } })).status).toBe(200);
    const group = await createGroup(admin, ['sabine']);
    await addMember(sabine, group.id, tobias, 'tobias');
    const sessionId = await createSession(sabine, group.id, { title: 'Sprechstunde Sicherheitsaudit' });
    await eventually(async () => (await entries(tobias)).some((n) => n.kind === 'session_soon' && n.session?.id === sessionId)).toBe(true);
    // By mail too, when chosen: the start in the reader's language and zone, the calendar entry attached.
    const soon = (await outbox()).find((m) => m.to === demoUser('tobias').email && m.kind === 'session_soon');
    expect(soon?.subject).toBe('In 15 Minuten: Sprechstunde Sicherheitsaudit');
    expect(soon?.text).toMatch(/beginnt um \w+, \d+\. \S+ \d{4} um \d\d:\d\d MES?Z\./);
    expect((await sabine.post(`/api/sessions/${sessionId}/start`)).status).toBe(200);
    expect((await entries(tobias)).find((n) => n.kind === 'session_live' && n.session?.id === sessionId)?.href).toBe(`/live/${sessionId}`);
    expect((await entries(sabine)).some((n) => n.session?.id === sessionId && n.kind === 'session_live')).toBe(false);

    const question = (await tobias.post(`/api/sessions/${sessionId}/questions`, { body: 'Wie oft befragen Sie?' })).body.question;
    expect((await sabine.post(`/api/questions/${question.id}/answer`, { answer: 'Alle zwei Jahre.' })).status).toBe(200);
    expect((await entries(tobias)).some((n) => n.kind === 'question_answered' && n.session?.id === sessionId)).toBe(true);
  });

  it("hides a group's entries from someone who left it, but keeps an invitation visible to the invited", async () => {
    const group = await createGroup(admin, ['sabine']);
    await addMember(sabine, group.id, tobias, 'tobias');
    const doc = (await upload(sabine, documentFields({ title: 'Nur für die Gruppe', visibility: 'group', groupId: String(group.id) }), { name: 'a.txt', content: 'x' })).body.document;
    expect((await entries(tobias)).some((n) => n.document?.id === doc.id)).toBe(true);
    expect((await tobias.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    expect((await entries(tobias)).some((n) => n.document?.id === doc.id)).toBe(false);
  });
});

describe('notification settings', () => {
  it('lists the kinds that apply to each person and lets them switch the app and mail per kind', async () => {
    const mine = (await lena.get('/api/me/notification-settings')).body;
    expect(mine.reply).toEqual({ app: 'on', email: 'immediate' });
    expect(mine.group_document).toEqual({ app: 'on', email: 'off' });
    expect(mine).not.toHaveProperty('account_pending');
    expect((await moderator.get('/api/me/notification-settings')).body.account_pending).toEqual({ app: 'on', email: 'immediate' });

    const changed = await lena.put('/api/me/notification-settings', { group_invitation: { app: 'off' }, session_soon: { email: 'immediate' } });
    expect(changed.status).toBe(200);
    expect(changed.body.group_invitation).toEqual({ app: 'off', email: 'off' });
    expect(changed.body.session_soon).toEqual({ app: 'on', email: 'immediate' });
    const group = await createGroup(admin, ['sabine']);
    await sabine.post(`/api/groups/${group.id}/members`, { email: demoUser('lena').email });
    expect((await entries(lena)).some((n) => n.group?.id === group.id)).toBe(false);

    const staffOnly = await lena.put('/api/me/notification-settings', { account_pending: { app: 'off' } });
    expect(staffOnly.status).toBe(400);
    expect(staffOnly.body.error.fields).toHaveProperty('account_pending');
    expect((await lena.put('/api/me/notification-settings', { reply: { email: 'daily-ish' } })).status).toBe(400);
    expect((await lena.put('/api/me/notification-settings', {})).status).toBe(400);
  });
});
