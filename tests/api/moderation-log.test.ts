import type { LogEntry } from '@praxisnetz/shared';
import Papa from 'papaparse';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let lead: ApiClient;
let thread: { id: number };
let reply: { id: number };
let groupThread: { id: number };
let group: { id: number; name: string };

const log = async (client: ApiClient, query = '') => (await client.get(`/api/moderation/log${query}`)).body.items as LogEntry[];

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['member', 'moderator', 'sabine'].map((k) => signedIn(server.url, k)));
  [member, moderator, lead] = [clients[0]!, clients[1]!, clients[2]!];
  const categorySlug = (await member.get('/api/categories')).body.items[0].slug;
  thread = (await member.post('/api/threads', { categorySlug, title: 'Protokollierte Moderation', body: 'Start' })).body.thread;
  reply = (await member.post(`/api/threads/${thread.id}/posts`, { body: 'Eine Antwort' })).body.post;
  await moderator.post(`/api/threads/${thread.id}/lock`, { reason: '=HYPERLINK("http://example.org")' });
  await moderator.post(`/api/threads/${thread.id}/pin`, {});
  await moderator.post(`/api/posts/${reply.id}/hide`, { reason: 'Zu persönlich' });
  group = await createGroup(moderator, ['sabine']);
  groupThread = (await lead.post('/api/threads', { categorySlug: (await lead.get(`/api/groups/${group.id}`)).body.group.categorySlug, title: 'Thema der Gruppe', body: 'Start' })).body.thread;
  await lead.post(`/api/threads/${groupThread.id}/lock`, {});
});
afterAll(() => server.close());

describe('the moderation log', () => {
  it('lists every moderating action newest first, with who, what, where and why, and what can be undone', async () => {
    const entries = await log(moderator, `?thread=${thread.id}`);
    expect(entries.map((e) => e.action)).toEqual(['post.hide', 'thread.pin', 'thread.lock']);
    expect(entries[0]).toMatchObject({ actor: { displayName: expect.any(String), role: 'moderator' }, postId: reply.id, threadId: thread.id, details: { reason: 'Zu persönlich' }, undo: 'post.unhide' });
    expect(entries[0]!.targetUser?.id).toBe((await member.get('/api/me')).body.user.id);
    expect(entries.map((e) => e.undo)).toEqual(['post.unhide', 'thread.unpin', 'thread.unlock']);
  });

  it('filters by action, actor, the account concerned, group and day', async () => {
    expect((await log(moderator, '?action=thread.')).every((e) => e.action.startsWith('thread.'))).toBe(true);
    expect((await log(moderator, '?action=post.hide')).map((e) => e.postId)).toContain(reply.id);
    const leadId = (await lead.get('/api/me')).body.user.id;
    expect((await log(moderator, `?actor=${leadId}&action=thread.`)).map((e) => e.threadId)).toEqual([groupThread.id]);
    expect((await log(moderator, `?group=${group.id}`)).map((e) => e.threadId)).toEqual([groupThread.id]);
    const memberId = (await member.get('/api/me')).body.user.id;
    const aboutMember = await log(moderator, `?target=${memberId}`);
    expect(aboutMember.map((e) => e.action)).toContain('post.hide');
    expect(aboutMember.every((e) => e.targetUser?.id === memberId)).toBe(true);
    const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Berlin' }).format(new Date());
    expect((await log(moderator, `?from=${today}&to=${today}&thread=${thread.id}`)).length).toBe(3);
    expect(await log(moderator, `?from=2999-01-01`)).toEqual([]);
  });

  it('shows a group’s leads their group’s entries only, and members nothing', async () => {
    const seen = await log(lead);
    expect(seen.length).toBeGreaterThan(0);
    // Sabine leads demo groups too: everything she sees is in a group's space, nothing of the open forum.
    expect(seen.every((e) => e.group !== null)).toBe(true);
    expect(seen.some((e) => e.threadId === groupThread.id)).toBe(true);
    expect(seen.some((e) => e.threadId === thread.id)).toBe(false);
    expect((await member.get('/api/moderation/log')).status).toBe(403);
    expect((await member.get('/api/moderation/log.csv')).status).toBe(403);
  });

  it('undoes a lock from the log, which logs the undo, and refuses what cannot be undone', async () => {
    const lock = (await log(moderator, `?thread=${thread.id}&action=thread.lock`))[0]!;
    const undone = await moderator.post(`/api/moderation/log/${lock.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.entry).toMatchObject({ id: lock.id, undo: null });
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread.locked).toBe(false);
    expect((await log(moderator, `?thread=${thread.id}`))[0]!.action).toBe('thread.unlock');
    expect((await moderator.post(`/api/moderation/log/${lock.id}/undo`)).status).toBe(404);
    const outside = (await log(moderator, `?thread=${thread.id}&action=post.hide`))[0]!;
    expect((await lead.post(`/api/moderation/log/${outside.id}/undo`)).status).toBe(404);
    expect((await member.get(`/api/threads/${thread.id}`)).body.posts.items[0].hidden).toBe(true);
  });

  it('exports the filtered log as CSV, with formulas defused', async () => {
    const res = await fetch(`${server.url}/api/moderation/log.csv?thread=${thread.id}&action=thread.lock`, { headers: { cookie: moderator.cookie } });
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/^text\/csv/);
    expect(res.headers.get('content-disposition')).toContain('moderation-log.csv');
    const rows = Papa.parse<Record<string, string>>((await res.text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
    expect(rows).toHaveLength(1);
    expect(rows[0]).toMatchObject({ action: 'thread.lock', thread_id: String(thread.id) });
    // A spreadsheet would run a cell starting with "=": it is prefixed, and reads as text.
    expect(rows[0]!.reason).toBe(`'=HYPERLINK("http://example.org")`);
  });

  it('refuses bad filters with 400 naming the field', async () => {
    for (const [query, field] of [
      ['?from=2026-12-31&to=2026-01-01', 'to'],
      ['?from=gestern', 'from'],
      ['?actor=abc', 'actor'],
      ['?target=0', 'target'],
      ['?cursor=kaputt', 'cursor'],
      [`?action=${'x'.repeat(61)}`, 'action'],
    ] as const) {
      const res = await moderator.get(`/api/moderation/log${query}`);
      expect({ query, status: res.status }).toEqual({ query, status: 400 });
      expect(res.body.error.fields).toHaveProperty(field);
    }
  });
});
