import type { User } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let admin: ApiClient;
let moderator: ApiClient;
let member: ApiClient;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['admin', 'moderator', 'member'].map((k) => signedIn(server.url, k)));
  [admin, moderator, member] = [clients[0]!, clients[1]!, clients[2]!];
});
afterAll(() => server.close());

const list = async (client: ApiClient, query: string) => (await client.get(`/api/users?${query}`)).body.items as User[];
const idOf = async (key: string) => (await list(admin, `q=${encodeURIComponent(demoUser(key).email)}`))[0]!.id;

describe('the staff’s list of accounts', () => {
  it('filters by role, city, status, last seen and a part of the name, and pages', async () => {
    expect((await list(moderator, 'role=moderator')).map((u) => u.role)).toEqual(['moderator', 'moderator']);
    expect((await list(moderator, 'city=strasbourg')).map((u) => u.email)).toEqual([demoUser('claire').email]);
    expect((await list(moderator, 'status=pending')).every((u) => u.status === 'pending')).toBe(true);
    // Signing in counts as being seen; the demo's other accounts have not been here.
    const seen = await list(moderator, 'seen=7');
    expect(seen.map((u) => u.email)).toEqual(expect.arrayContaining([demoUser('admin').email, demoUser('moderator').email, demoUser('member').email]));
    expect(seen.find((u) => u.email === demoUser('member').email)!.lastSeenAt).not.toBeNull();
    expect((await list(moderator, 'seen=never')).some((u) => u.email === demoUser('member').email)).toBe(false);
    const page = (await moderator.get('/api/users')).body;
    expect(page.nextCursor).toBeNull();
    expect(page.items.length).toBeGreaterThan(10);
    expect((await member.get('/api/users')).status).toBe(403);
    const bad = await moderator.get('/api/users?seen=gestern');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('seen');
  });
});

describe('suspending an account', () => {
  it('suspends until a day with a reason the person reads at sign-in, logged; the end lets them back in', async () => {
    const id = await idOf('ole');
    const res = await moderator.post(`/api/users/${id}/suspend`, { reason: 'Wiederholt beleidigende Beiträge', until: '2999-01-31' });
    expect(res.status).toBe(200);
    expect(res.body.user).toMatchObject({ status: 'suspended', suspendReason: 'Wiederholt beleidigende Beiträge', suspendedUntil: '2999-01-31T23:00:00.000Z' });

    const login = await new ApiClient(server.url).post('/api/auth/login', { email: demoUser('ole').email, password: 'praxisnetz-demo' });
    expect(login.status).toBe(403);
    expect(login.body.error).toMatchObject({ code: 'account_suspended', details: { reason: 'Wiederholt beleidigende Beiträge', until: '2999-01-31T23:00:00.000Z' } });

    const record = (await moderator.get(`/api/users/${id}/record`)).body;
    expect(record.log[0]).toMatchObject({ action: 'user.suspend', details: { reason: 'Wiederholt beleidigende Beiträge' } });
    expect(record.permissions).toEqual({ canSuspend: true, canSetRole: false, canSendReset: false });

    await server.database.query(`update users set suspended_until = now() - interval '1 minute' where id = $1`, [id]);
    const back = await new ApiClient(server.url).post('/api/auth/login', { email: demoUser('ole').email, password: 'praxisnetz-demo' });
    expect(back.status).toBe(200);
    expect(back.body.user).toMatchObject({ status: 'active', suspendedUntil: null, suspendReason: null });
  });

  it('leaves moderators’ and admins’ accounts to admins, and wants a reason', async () => {
    const other = await idOf('moderator2');
    expect((await moderator.post(`/api/users/${other}/suspend`, { reason: 'Test' })).status).toBe(403);
    expect((await moderator.get(`/api/users/${other}/record`)).body.permissions.canSuspend).toBe(false);
    expect((await admin.get(`/api/users/${other}/record`)).body.permissions).toEqual({ canSuspend: true, canSetRole: true, canSendReset: true });
    const member2 = await idOf('henrik');
    const none = await moderator.post(`/api/users/${member2}/suspend`, {});
    expect(none.status).toBe(400);
    expect(none.body.error.fields).toHaveProperty('reason');
    const past = await moderator.post(`/api/users/${member2}/suspend`, { reason: 'Spam', until: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toHaveProperty('until');
    expect((await list(admin, `q=${encodeURIComponent(demoUser('henrik').email)}`))[0]!.status).toBe('active');
  });
});

describe('an account’s record', () => {
  it('shows the staff the latest posts, the flags on them and what was done, and nobody else', async () => {
    const categorySlug = (await member.get('/api/categories')).body.items[0].slug;
    const thread = (await member.post('/api/threads', { categorySlug, title: 'Für die Akte', body: 'Ein Beitrag fürs Protokoll' })).body.thread;
    await moderator.post('/api/flags', { targetType: 'thread', targetId: thread.id, reason: 'off_topic' });
    const id = (await member.get('/api/me')).body.user.id;
    const record = (await moderator.get(`/api/users/${id}/record`)).body;
    expect(record.posts[0]).toMatchObject({ threadId: thread.id, threadTitle: 'Für die Akte', excerpt: 'Ein Beitrag fürs Protokoll' });
    expect(record.flags[0]).toMatchObject({ targetType: 'thread', targetId: thread.id, reason: 'off_topic', status: 'open' });
    expect(record.log.some((e: { action: string }) => e.action === 'thread.hide')).toBe(true);
    expect((await member.get(`/api/users/${id}/record`)).status).toBe(403);
    expect((await moderator.get('/api/users/2000000000/record')).status).toBe(404);
  });
});
