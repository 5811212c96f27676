import type { PracticeExample } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, upload } from '../support/uploads.ts';

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let lead: ApiClient;
let categorySlug: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['member', 'moderator', 'sabine'].map((k) => signedIn(server.url, k)));
  [member, moderator, lead] = [clients[0]!, clients[1]!, clients[2]!];
  categorySlug = (await member.get('/api/categories')).body.items[0].slug;
});
afterAll(() => server.close());

const examples = async (client: ApiClient) => (await client.get('/api/practice')).body.items as PracticeExample[];
const newThread = async (title: string) => (await member.post('/api/threads', { categorySlug, title, body: 'Wie wir das Quartiersaudit aufgesetzt haben.' })).body.thread as { id: number };

describe('practice examples', () => {
  it('lets moderators mark a thread with a summary: it carries a badge and is listed, until the mark is taken away', async () => {
    const thread = await newThread('Quartiersaudit mit Jugendlichen');
    expect((await member.post(`/api/threads/${thread.id}/practice`, { summary: 'Gut übertragbar auf andere Städte.' })).status).toBe(403);
    const short = await moderator.post(`/api/threads/${thread.id}/practice`, { summary: 'Gut' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('summary');

    const marked = await moderator.post(`/api/threads/${thread.id}/practice`, { summary: 'Gut übertragbar auf andere Städte.' });
    expect(marked.body.thread.practice).toMatchObject({ summary: 'Gut übertragbar auf andere Städte.' });
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread.practice.summary).toBe('Gut übertragbar auf andere Städte.');
    expect((await member.get(`/api/categories/${categorySlug}/threads`)).body.items.find((t: { id: number }) => t.id === thread.id).practice).not.toBeNull();
    expect((await examples(member))[0]).toMatchObject({ type: 'thread', id: thread.id, href: `/threads/${thread.id}`, summary: 'Gut übertragbar auf andere Städte.' });
    // Visitors do not read the forum: its examples are not theirs.
    expect((await examples(new ApiClient(server.url))).some((e) => e.type === 'thread')).toBe(false);

    expect((await moderator.delete(`/api/threads/${thread.id}/practice`)).body.thread.practice).toBeNull();
    expect((await examples(member)).some((e) => e.id === thread.id && e.type === 'thread')).toBe(false);
  });

  it('lets moderators, and a group’s leads for its documents, mark documents; public ones are listed for visitors', async () => {
    const publicDoc = (await new ApiClient(server.url).get('/api/documents')).body.items[0];
    expect((await moderator.post(`/api/documents/${publicDoc.id}/practice`, { summary: 'Ein vorbildlicher Fragebogen.' })).status).toBe(200);
    expect((await examples(new ApiClient(server.url))).map((e) => e.id)).toContain(publicDoc.id);
    expect((await new ApiClient(server.url).get(`/api/documents/${publicDoc.id}`)).body.document).toMatchObject({ practice: { summary: 'Ein vorbildlicher Fragebogen.' }, canCurate: false });
    expect((await lead.post(`/api/documents/${publicDoc.id}/practice`, { summary: 'Von der Leitung markiert' })).status).toBe(403);

    const group = await createGroup(moderator, ['sabine']);
    const groupDoc = (await upload(lead, documentFields({ title: 'Konzept der Gruppe', visibility: 'group', groupId: String(group.id) }), { name: 'konzept.txt', content: 'Konzept' })).body.document;
    expect((await lead.get(`/api/documents/${groupDoc.id}`)).body.document.canCurate).toBe(true);
    expect((await lead.post(`/api/documents/${groupDoc.id}/practice`, { summary: 'Unser bestes Konzept bisher.' })).status).toBe(200);
    expect((await examples(member)).some((e) => e.id === groupDoc.id && e.type === 'document')).toBe(false);
    expect((await examples(lead)).find((e) => e.id === groupDoc.id)).toMatchObject({ group: { id: group.id } });
  });

  it('ranks practice examples higher in search', async () => {
    const older = await newThread('Angstraumbegehung Bahnhofsnordseite');
    const newer = await newThread('Angstraumbegehung Bahnhofsnordseite');
    const order = async () =>
      ((await member.get('/api/search?q=Angstraumbegehung&kind=thread')).body.items as { id: number }[]).map((i) => i.id).filter((id) => id === older.id || id === newer.id);
    await expect.poll(order, { timeout: 5000 }).toEqual([newer.id, older.id]);
    await moderator.post(`/api/threads/${older.id}/practice`, { summary: 'So geht eine Begehung.' });
    expect(await order()).toEqual([older.id, newer.id]);
  });
});
