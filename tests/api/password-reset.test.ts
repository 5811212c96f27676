import { DEMO_PASSWORD } from '../../server/src/demo/content/index.ts';
import { passwordResets } from '../../server/src/db/schema/index.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { startSmtpServer } from '../support/smtp.ts';
import { connected, connectSocket } from '../support/sockets.ts';

const PUBLIC_URL = 'https://praxisnetz.example';
const NEW_PASSWORD = 'ein-ganz-neues-passwort';
let smtp: Awaited<ReturnType<typeof startSmtpServer>>;
let server: TestServer;

beforeAll(async () => {
  smtp = await startSmtpServer();
  server = await startTestServer({ SMTP_URL: smtp.url, PUBLIC_URL });
});
afterAll(async () => {
  await server.close();
  await smtp.close();
});

const anonymous = () => new ApiClient(server.url);
let asked = 0;

/** Asks for a link for the demo account and returns the token from the mail that arrives. */
async function resetToken(key: string): Promise<string> {
  const before = smtp.received.filter((r) => r.to.includes(demoUser(key).email)).length;
  asked += 1;
  const res = await anonymous().request('POST', '/api/auth/password-reset', { email: demoUser(key).email }, { 'x-forwarded-for': `10.0.0.${asked}` });
  expect(res.status).toBe(202);
  const mails = async () => smtp.received.filter((r) => r.to.includes(demoUser(key).email));
  await expect.poll(async () => (await mails()).length, { timeout: 10_000 }).toBe(before + 1);
  const text = (await mails()).at(-1)!.mail.text!;
  return new RegExp(`${PUBLIC_URL}/reset-password\\?token=([a-z0-9]+)`).exec(text)![1]!;
}

describe('password reset', () => {
  it('mails a link that sets a new password, ends every session and signs in only this browser', async () => {
    const [laptop, phone] = await Promise.all([signedIn(server.url, 'lena'), signedIn(server.url, 'lena')]);
    const socket = connectSocket(server.url, laptop.cookie);
    await connected(socket);
    const closed = new Promise((resolve) => socket.once('disconnect', resolve));

    const token = await resetToken('lena');
    const mail = smtp.received.filter((r) => r.to.includes(demoUser('lena').email)).at(-1)!.mail;
    expect(mail.subject).toBe('Ihr Link zum Zurücksetzen des Passworts');
    expect(mail.text).toContain('60 Minuten');

    const browser = anonymous();
    const done = await browser.post('/api/auth/password-reset/confirm', { token, password: NEW_PASSWORD });
    expect(done.status).toBe(200);
    expect(done.body.user.email).toBe(demoUser('lena').email);
    expect((await browser.get('/api/me')).status).toBe(200);
    await closed;
    expect((await laptop.get('/api/me')).status).toBe(401);
    expect((await phone.get('/api/me')).status).toBe(401);
    expect((await anonymous().post('/api/auth/login', { email: demoUser('lena').email, password: DEMO_PASSWORD })).status).toBe(401);
    expect((await anonymous().post('/api/auth/login', { email: demoUser('lena').email, password: NEW_PASSWORD })).status).toBe(200);

    const again = await anonymous().post('/api/auth/password-reset/confirm', { token, password: 'noch-ein-anderes-passwort' });
    expect(again.status).toBe(400);
    expect(again.body.error.fields).toHaveProperty('token');
  });

  it('answers an unknown address exactly as a known one, and mails nobody', async () => {
    const unknown = await anonymous().post('/api/auth/password-reset', { email: 'niemand@example.org' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual({});
    await resetToken('tobias'); // queued after the unknown one: once it arrived, the other would have too
    expect(smtp.received.some((r) => r.to.includes('niemand@example.org'))).toBe(false);
  });

  it('voids a link when a newer one is sent, when it expired, and when the password changed', async () => {
    const older = await resetToken('frank');
    const newer = await resetToken('frank');
    expect((await anonymous().post('/api/auth/password-reset/confirm', { token: older, password: NEW_PASSWORD })).status).toBe(400);

    await server.database.db.update(passwordResets).set({ expiresAt: new Date(Date.now() - 1000) });
    expect((await anonymous().post('/api/auth/password-reset/confirm', { token: newer, password: NEW_PASSWORD })).status).toBe(400);

    const open = await resetToken('nadine');
    const nadine = await signedIn(server.url, 'nadine');
    expect((await nadine.post('/api/auth/password', { currentPassword: DEMO_PASSWORD, newPassword: NEW_PASSWORD })).status).toBe(204);
    expect((await anonymous().post('/api/auth/password-reset/confirm', { token: open, password: 'noch-ein-anderes-passwort' })).status).toBe(400);
  });

  it('limits the links per account, however they are asked for', async () => {
    const admin = await signedIn(server.url, 'admin');
    const ole = demoUser('ole');
    const id = (await admin.get(`/api/users?q=${encodeURIComponent(ole.displayName)}`)).body.items[0].id;
    for (let i = 0; i < 4; i++) expect((await admin.post(`/api/users/${id}/password-reset`)).status).toBe(202);
    await expect.poll(() => smtp.received.filter((r) => r.to.includes(ole.email)).length, { timeout: 10_000 }).toBe(4);
    await resetToken('ole');
    expect((await admin.post(`/api/users/${id}/password-reset`)).status).toBe(429);
    // Asked for by the address, over the account's limit: the same answer, but no sixth mail.
    expect((await anonymous().request('POST', '/api/auth/password-reset', { email: ole.email }, { 'x-forwarded-for': '10.2.0.1' })).status).toBe(202);
    await resetToken('henrik'); // queued after Ole's: once it arrived, Ole's would have too
    expect(smtp.received.filter((r) => r.to.includes(ole.email))).toHaveLength(5);
  });

  it('limits the links per address, and refuses bad input naming the field', async () => {
    const email = 'viele-versuche@example.org';
    for (let i = 0; i < 5; i++) expect((await anonymous().request('POST', '/api/auth/password-reset', { email }, { 'x-forwarded-for': `10.1.0.${i}` })).status).toBe(202);
    expect((await anonymous().request('POST', '/api/auth/password-reset', { email }, { 'x-forwarded-for': '10.1.0.99' })).status).toBe(429);

    for (const email of ['keine-adresse', 'a@b.de\r\nBcc: opfer@example.org', 'x'.repeat(300) + '@example.org']) {
      const res = await anonymous().post('/api/auth/password-reset', { email });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('email');
    }
    const short = await anonymous().post('/api/auth/password-reset/confirm', { token: 'a'.repeat(32), password: 'kurz' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('password');
    const unknown = await anonymous().post('/api/auth/password-reset/confirm', { token: 'a'.repeat(32), password: NEW_PASSWORD });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('token');
  });
});
