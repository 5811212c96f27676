import type { GroupDetail, GroupSummary } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, demoUser, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, nextEvent } from '../support/sockets.ts';
import { documentFields, upload } from '../support/uploads.ts';

let server: TestServer;
let anonymous: ApiClient;
let pending: ApiClient;
let moderator: ApiClient;
let member: ApiClient;
const clients = new Map<string, ApiClient>();

/** One signed-in client per demo person, reused across tests. */
async function as(key: string): Promise<ApiClient> {
  if (!clients.has(key)) clients.set(key, await signedIn(server.url, key));
  return clients.get(key)!;
}

async function groupBySlug(slug: string): Promise<GroupSummary> {
  const res = await member.get('/api/groups');
  return res.body.items.find((g: GroupSummary) => g.slug === slug);
}

async function detail(client: ApiClient, id: number): Promise<GroupDetail> {
  return (await client.get(`/api/groups/${id}`)).body.group;
}

const idOf = async (key: string) => (await (await as(key)).get('/api/me')).body.user.id as number;

beforeAll(async () => {
  server = await startTestServer();
  anonymous = new ApiClient(server.url);
  pending = await signedIn(server.url, 'pending1');
  moderator = await as('moderator');
  member = await as('member');
});
afterAll(() => server.close());

describe('listing and reading groups', () => {
  it('lists the demo groups by name to active members, with their leads and the reader’s membership', async () => {
    const res = await member.get('/api/groups');
    expect(res.status).toBe(200);
    const items: GroupSummary[] = res.body.items;
    expect(items.map((g) => g.name)).toEqual(['Gewalt gegen Frauen', 'Sicherheitsaudits', 'Städtebauliche Kriminalprävention']);
    const audits = items.find((g) => g.slug === 'sicherheitsaudits')!;
    expect(audits).toMatchObject({ categorySlug: 'ag-sicherheitsaudits', memberCount: 5, myMembership: { role: 'member', status: 'active' } });
    expect(audits.leads.map((l) => l.displayName)).toEqual([demoUser('sabine').displayName]);
    expect(items.find((g) => g.slug === 'gewalt-gegen-frauen')!.myMembership).toEqual({ role: 'member', status: 'invited' });
  });

  it('answers 401 to visitors and 403 to accounts waiting for approval', async () => {
    expect((await anonymous.get('/api/groups')).status).toBe(401);
    expect((await pending.get('/api/groups')).status).toBe(403);
    const audits = await groupBySlug('sicherheitsaudits');
    expect((await anonymous.get(`/api/groups/${audits.id}`)).status).toBe(401);
    expect((await pending.post(`/api/groups/${audits.id}/join`)).status).toBe(403);
  });

  it('shows members to the group, open requests only to its leads and staff, nothing of either to outsiders', async () => {
    const violence = await groupBySlug('gewalt-gegen-frauen');
    const byLead = await detail(await as('lena'), violence.id);
    expect(byLead).toMatchObject({ canRead: true, canModerate: true });
    expect(byLead.members.map((m) => m.user.displayName).sort()).toEqual([demoUser('lena').displayName, demoUser('nadine').displayName].sort());
    expect(byLead.pending.map((m) => [m.user.displayName, m.status]).sort()).toEqual(
      [
        [demoUser('member').displayName, 'invited'],
        [demoUser('ole').displayName, 'requested'],
      ].sort(),
    );
    const byMember = await detail(await as('nadine'), violence.id);
    expect(byMember).toMatchObject({ canRead: true, canModerate: false, pending: [] });
    const byOutsider = await detail(await as('henrik'), violence.id);
    expect(byOutsider).toMatchObject({ canRead: false, canModerate: false, members: [], pending: [] });
    expect(await detail(moderator, violence.id)).toMatchObject({ canRead: true, canModerate: true });
    expect((await member.get('/api/groups/999999')).status).toBe(404);
    expect((await member.get('/api/groups/abc')).status).toBe(404);
  });
});

describe('creating and running a group', () => {
  let group: GroupDetail;
  const leadEmail = demoUser('james').email;

  it('lets only staff create a group, with its category and its leads, and names an unknown lead e-mail', async () => {
    const input = { name: 'Nachtleben und Sicherheit', description: 'Clubs, Bars, Awareness.', leadEmails: [leadEmail] };
    expect((await member.post('/api/groups', input)).status).toBe(403);
    const unknown = await moderator.post('/api/groups', { ...input, leadEmails: ['niemand@example.org'] });
    expect(unknown.status).toBe(400);
    expect(unknown.body.error.fields).toHaveProperty('leadEmails');
    const waiting = await moderator.post('/api/groups', { ...input, leadEmails: [demoUser('pending1').email] });
    expect(waiting.status).toBe(400);

    const res = await moderator.post('/api/groups', input);
    expect(res.status).toBe(201);
    group = res.body.group;
    expect(group).toMatchObject({ name: input.name, slug: 'nachtleben-und-sicherheit', categorySlug: 'ag-nachtleben-und-sicherheit', memberCount: 1 });
    expect(group.leads.map((l) => l.displayName)).toEqual([demoUser('james').displayName]);
    const categories = (await member.get('/api/categories')).body.items.map((c: { slug: string }) => c.slug);
    expect(categories).not.toContain(group.categorySlug);
    expect(categories).not.toContain('ag-sicherheitsaudits');
  });

  it('lets the lead rename the group, the category following; a member may not', async () => {
    const james = await as('james');
    expect((await member.patch(`/api/groups/${group.id}`, { name: 'Nachtleben', description: '' })).status).toBe(403);
    const res = await james.patch(`/api/groups/${group.id}`, { name: 'Nachtleben & Sicherheit', description: 'Clubs und Bars.' });
    expect(res.status).toBe(200);
    expect(res.body.group).toMatchObject({ name: 'Nachtleben & Sicherheit', slug: group.slug, categorySlug: group.categorySlug });
    const threads = await james.get(`/api/categories/${group.categorySlug}/threads`);
    expect(threads.status).toBe(200);
  });

  it('turns a join request into a membership when the lead approves it; asking twice changes nothing', async () => {
    const ole = await as('ole');
    const first = await ole.post(`/api/groups/${group.id}/join`);
    expect(first.status).toBe(200);
    expect(first.body.membership).toEqual({ role: 'member', status: 'requested' });
    expect((await ole.post(`/api/groups/${group.id}/join`)).body.membership).toEqual({ role: 'member', status: 'requested' });
    expect((await detail(ole, group.id)).canRead).toBe(false);

    const oleId = await idOf('ole');
    expect((await member.post(`/api/groups/${group.id}/members/${oleId}/approve`)).status).toBe(403);
    const approved = await (await as('james')).post(`/api/groups/${group.id}/members/${oleId}/approve`);
    expect(approved.status).toBe(200);
    expect(approved.body.member).toMatchObject({ user: { id: oleId }, role: 'member', status: 'active', joinedAt: expect.any(String) });
    expect(await detail(ole, group.id)).toMatchObject({ canRead: true, myMembership: { status: 'active' } });
  });

  it('lets an invited person accept; inviting twice or a pending account is refused, an address without an account is invited to register', async () => {
    const james = await as('james');
    const frank = await as('frank');
    const invited = await james.post(`/api/groups/${group.id}/members`, { email: demoUser('frank').email });
    expect(invited.status).toBe(201);
    expect(invited.body.member).toMatchObject({ status: 'invited', joinedAt: null });
    expect((await james.post(`/api/groups/${group.id}/members`, { email: demoUser('frank').email })).status).toBe(409);
    expect((await james.post(`/api/groups/${group.id}/members`, { email: demoUser('ole').email })).status).toBe(409);
    const unknown = await james.post(`/api/groups/${group.id}/members`, { email: 'niemand@example.org' });
    expect(unknown.status).toBe(202);
    expect(unknown.body).toEqual({ invitation: { email: 'niemand@example.org' } });
    const waiting = await james.post(`/api/groups/${group.id}/members`, { email: demoUser('pending1').email });
    expect(waiting.status).toBe(400);
    expect(waiting.body.error.fields).toHaveProperty('email');
    expect((await member.post(`/api/groups/${group.id}/members`, { email: demoUser('henrik').email })).status).toBe(403);

    const accepted = await frank.post(`/api/groups/${group.id}/join`);
    expect(accepted.body.membership).toEqual({ role: 'member', status: 'active' });
  });

  it('lets an invited person decline, and a member leave', async () => {
    const james = await as('james');
    await james.post(`/api/groups/${group.id}/members`, { email: demoUser('henrik').email });
    const henrik = await as('henrik');
    expect((await detail(henrik, group.id)).myMembership).toEqual({ role: 'member', status: 'invited' });
    expect((await henrik.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    expect((await detail(henrik, group.id)).myMembership).toBeNull();
    expect((await detail(james, group.id)).pending).toEqual([]);

    const frank = await as('frank');
    expect((await frank.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    expect(await detail(frank, group.id)).toMatchObject({ myMembership: null, canRead: false });
  });

  it('never leaves a group without a lead: the last lead cannot leave or step down until another leads', async () => {
    const james = await as('james');
    const jamesId = await idOf('james');
    const oleId = await idOf('ole');
    const leaving = await james.post(`/api/groups/${group.id}/leave`);
    expect(leaving.status).toBe(409);
    expect((await james.put(`/api/groups/${group.id}/members/${jamesId}/role`, { role: 'member' })).status).toBe(409);
    expect((await james.delete(`/api/groups/${group.id}/members/${jamesId}`)).status).toBe(409);

    const promoted = await james.put(`/api/groups/${group.id}/members/${oleId}/role`, { role: 'lead' });
    expect(promoted.status).toBe(200);
    expect(promoted.body.member).toMatchObject({ role: 'lead', status: 'active' });
    expect((await james.put(`/api/groups/${group.id}/members/${oleId}/role`, { role: 'chef' })).status).toBe(400);
    expect((await james.post(`/api/groups/${group.id}/leave`)).status).toBe(204);
    expect((await detail(member, group.id)).leads.map((l) => l.id)).toEqual([oleId]);
  });

  it('lets a lead remove a member, decline a request and withdraw an invitation', async () => {
    const ole = await as('ole');
    const tobiasId = await idOf('tobias');
    const claireId = await idOf('claire');
    await (await as('tobias')).post(`/api/groups/${group.id}/join`);
    await ole.post(`/api/groups/${group.id}/members`, { email: demoUser('claire').email });
    expect((await detail(ole, group.id)).pending.map((m) => m.user.id).sort()).toEqual([tobiasId, claireId].sort());
    expect((await ole.delete(`/api/groups/${group.id}/members/${tobiasId}`)).status).toBe(204);
    expect((await ole.delete(`/api/groups/${group.id}/members/${claireId}`)).status).toBe(204);
    expect((await detail(ole, group.id)).pending).toEqual([]);
    expect((await ole.delete(`/api/groups/${group.id}/members/${claireId}`)).status).toBe(404);
  });
});

describe("a group's space is its members' and staff's only", () => {
  let violence: GroupSummary;
  let threadId: number;
  let documentId: number;

  beforeAll(async () => {
    violence = await groupBySlug('gewalt-gegen-frauen');
    const nadine = await as('nadine');
    const threads = await nadine.get(`/api/categories/${violence.categorySlug}/threads`);
    threadId = threads.body.items.find((t: { title: string }) => t.title.startsWith('Fallkonferenzen')).id;
    const docs = await nadine.get(`/api/documents?group=${violence.id}`);
    expect(docs.body.items).toHaveLength(1);
    documentId = docs.body.items[0].id;
  });

  it('answers 404 to a non-member for the thread, its changes and a reply, and for the category', async () => {
    // 'member' is invited, not yet a member: an invitation opens nothing
    expect((await member.get(`/api/threads/${threadId}`)).status).toBe(404);
    expect((await member.get(`/api/threads/${threadId}/changes?since=${encodeURIComponent(new Date(0).toISOString())}`)).status).toBe(404);
    expect((await member.post(`/api/threads/${threadId}/posts`, { body: 'Darf ich mitlesen?' })).status).toBe(404);
    expect((await member.get(`/api/categories/${violence.categorySlug}/threads`)).status).toBe(404);
    const created = await member.post('/api/threads', { categorySlug: violence.categorySlug, title: 'Neues Thema von außen', body: 'Hallo' });
    expect(created.status).toBe(400);
    expect(created.body.error.fields).toHaveProperty('categorySlug');
  });

  it('shows the thread, with its group, to a member and to a moderator, who may write in it', async () => {
    for (const reader of [await as('nadine'), moderator]) {
      const res = await reader.get(`/api/threads/${threadId}`);
      expect(res.status).toBe(200);
      expect(res.body.thread.group).toEqual({ id: violence.id, slug: violence.slug, name: violence.name });
    }
    expect((await (await as('nadine')).post(`/api/threads/${threadId}/posts`, { body: 'Danke für den Entwurf.' })).status).toBe(201);
    const open = (await member.get('/api/categories/praeventionsgremien/threads')).body.items[0];
    expect(open.group).toBeNull();
  });

  it('lets a lead edit any post in the group’s threads, not a member', async () => {
    const page = (await (await as('lena')).get(`/api/threads/${threadId}`)).body;
    const nadinesPost = page.thread.openingPost.id;
    expect((await (await as('lena')).patch(`/api/posts/${nadinesPost}`, { body: 'Von der Leitung gekürzt.' })).status).toBe(200);
    const lenasReply = page.posts.items.find((p: { author: { displayName: string } }) => p.author.displayName === demoUser('lena').displayName).id;
    expect((await (await as('nadine')).patch(`/api/posts/${lenasReply}`, { body: 'Nicht meins.' })).status).toBe(403);
  });

  it('answers 404 to a non-member for a group document and its download, not to members and staff', async () => {
    expect((await member.get(`/api/documents/${documentId}`)).status).toBe(404);
    const download = await fetch(`${server.url}/files/${documentId}`, { headers: { cookie: member.cookie, accept: 'application/json' } });
    expect(download.status).toBe(404);
    const listed = (await member.get(`/api/documents?group=${violence.id}`)).body.items;
    expect(listed).toEqual([]);
    for (const reader of [await as('nadine'), moderator]) {
      const res = await reader.get(`/api/documents/${documentId}`);
      expect(res.status).toBe(200);
      expect(res.body.document).toMatchObject({ visibility: 'group', group: { id: violence.id, name: violence.name } });
      const file = await fetch(`${server.url}/files/${documentId}`, { headers: { cookie: reader.cookie } });
      expect(file.status).toBe(200);
    }
  });

  it('keeps group threads, replies and documents out of a non-member’s search and suggestions', async () => {
    const query = (q: string) => `/api/search?${new URLSearchParams({ q })}`;
    const suggest = (q: string) => `/api/search/suggest?${new URLSearchParams({ q })}`;
    const groupHit = (i: { kind: string; id: number }) => (i.kind === 'thread' && i.id === threadId) || (i.kind === 'document' && i.id === documentId);
    for (const reader of [await as('nadine'), moderator]) {
      expect((await reader.get(query('Fallkonferenzen Schweigepflicht'))).body.items.some(groupHit)).toBe(true);
      expect((await reader.get(query('Ablaufschema'))).body.items.some(groupHit)).toBe(true);
      expect((await reader.get(suggest('Fallkonferenz'))).body.items.some(groupHit)).toBe(true);
    }
    const seen = [
      ...(await member.get(query('Fallkonferenzen Schweigepflicht'))).body.items,
      ...(await member.get(query('Ablaufschema'))).body.items,
      ...(await member.get(query('Betroffene Einwilligung'))).body.items,
      ...(await member.get(suggest('Fallkonferenz'))).body.items,
    ];
    expect(seen.filter(groupHit)).toEqual([]);
    for (const hit of seen.filter((i: { kind: string }) => i.kind !== 'document')) {
      const url = hit.kind === 'thread' ? `/api/threads/${hit.id}` : `/api/posts/${hit.id}/location`;
      expect((await member.get(url)).status, hit.title).toBe(200);
    }
  });
});

describe('sharing a document with a group', () => {
  const file = { name: 'notiz.txt', content: 'Interne Notiz der Arbeitsgruppe.' };

  it('needs a group the uploader belongs to when the visibility is a group', async () => {
    const violence = await groupBySlug('gewalt-gegen-frauen');
    const nadine = await as('nadine');
    const missing = await upload(nadine, documentFields({ visibility: 'group' }), file);
    expect(missing.status).toBe(400);
    expect(missing.body.error.fields).toHaveProperty('groupId');
    const foreign = await upload(member, documentFields({ visibility: 'group', groupId: String(violence.id) }), file);
    expect(foreign.status).toBe(400);
    expect(foreign.body.error.fields).toHaveProperty('groupId');

    const shared = await upload(nadine, documentFields({ visibility: 'group', groupId: String(violence.id) }), file);
    expect(shared.status).toBe(201);
    expect(shared.body.document).toMatchObject({ visibility: 'group', group: { id: violence.id } });
    const id = shared.body.document.id;
    expect((await member.get(`/api/documents/${id}`)).status).toBe(404);

    const opened = await nadine.patch(`/api/documents/${id}`, { visibility: 'members' });
    expect(opened.body.document).toMatchObject({ visibility: 'members', group: null });
    expect((await member.get(`/api/documents/${id}`)).status).toBe(200);
    expect((await nadine.patch(`/api/documents/${id}`, { visibility: 'group' })).status).toBe(400);
    const closed = await nadine.patch(`/api/documents/${id}`, { visibility: 'group', groupId: violence.id });
    expect(closed.body.document).toMatchObject({ visibility: 'group', group: { id: violence.id } });
    expect((await member.get(`/api/documents/${id}`)).status).toBe(404);
  });

  it("refuses a group's category as a document topic", async () => {
    const res = await upload(await as('nadine'), documentFields({ topics: ['ag-gewalt-gegen-frauen'] }), file);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('topics');
  });
});

describe('removal takes effect at once', () => {
  it("takes a removed member's open sockets out of the group's category and threads", async () => {
    const sabine = await as('sabine');
    const henrik = await as('henrik');
    const audits = await groupBySlug('sicherheitsaudits');
    const thread = (await sabine.post('/api/threads', { categorySlug: audits.categorySlug, title: 'Protokoll der Sitzung', body: 'Entwurf folgt.' })).body.thread;

    const leadSocket = connectSocket(server.url, sabine.cookie);
    const removedSocket = connectSocket(server.url, henrik.cookie);
    await Promise.all([connected(leadSocket), connected(removedSocket)]);
    try {
      expect(await leadSocket.emitWithAck('thread:join', thread.id)).toEqual({ ok: true });
      expect(await removedSocket.emitWithAck('thread:join', thread.id)).toEqual({ ok: true });
      expect(await removedSocket.emitWithAck('category:join', audits.categorySlug)).toEqual({ ok: true });
      const received: string[] = [];
      removedSocket.on('post:created', () => received.push('post:created'));
      removedSocket.on('thread:created', () => received.push('thread:created'));

      expect((await sabine.delete(`/api/groups/${audits.id}/members/${await idOf('henrik')}`)).status).toBe(204);
      const reply = nextEvent(leadSocket, 'post:created');
      await sabine.post(`/api/threads/${thread.id}/posts`, { body: 'Henrik ist nicht mehr dabei.' });
      await reply;
      await sabine.post('/api/threads', { categorySlug: audits.categorySlug, title: 'Noch ein internes Thema', body: 'Nur für die Gruppe.' });
      // Events reach a socket in order: anything sent to it before this answer has arrived by now.
      expect(await removedSocket.emitWithAck('thread:join', thread.id)).toEqual({ ok: false, code: 'not_found' });
      expect(await removedSocket.emitWithAck('category:join', audits.categorySlug)).toEqual({ ok: false, code: 'not_found' });
      expect(received).toEqual([]);
      expect((await henrik.get(`/api/threads/${thread.id}`)).status).toBe(404);
    } finally {
      leadSocket.disconnect();
      removedSocket.disconnect();
    }
  });
});
