import type { FlagQueueItem, Notification } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { createSession } from '../support/live.ts';
import { connected, connectSocket, nextEvent } from '../support/sockets.ts';

let server: TestServer;
let author: ApiClient;
let readers: ApiClient[];
let moderator: ApiClient;
let lead: ApiClient;
let categorySlug: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['tobias', 'member', 'lena', 'frank', 'moderator', 'sabine'].map((k) => signedIn(server.url, k)));
  [author, moderator, lead] = [clients[0]!, clients[4]!, clients[5]!];
  readers = clients.slice(1, 4);
  categorySlug = (await author.get('/api/categories')).body.items[0].slug;
});
afterAll(() => server.close());

let made = 0;
async function threadWithReply(slug = categorySlug) {
  const thread = (await author.post('/api/threads', { categorySlug: slug, title: `Gemeldetes Thema ${++made} ${Date.now()}`, body: 'Der Anfang.' })).body.thread;
  const reply = (await author.post(`/api/threads/${thread.id}/posts`, { body: `Eine fragwürdige Antwort ${made}` })).body.post;
  return { thread, reply };
}

const flagPost = (client: ApiClient, id: number, reason = 'inappropriate', note?: string) => client.post('/api/flags', { targetType: 'post', targetId: id, reason, note });
const queueEntry = async (client: ApiClient, type: string, id: number) =>
  ((await client.get('/api/flags?status=open')).body.items as FlagQueueItem[]).find((i) => i.item.type === type && i.item.id === id);
const postAs = async (client: ApiClient, threadId: number, postId: number) =>
  (await client.get(`/api/threads/${threadId}`)).body.posts.items.find((p: { id: number }) => p.id === postId);
const entries = async (client: ApiClient): Promise<Notification[]> => (await client.get('/api/notifications')).body.items;

describe('flagging', () => {
  it('takes a member’s flag once, shows it with its outcome later, and queues it for moderators with the item in context', async () => {
    const { thread, reply } = await threadWithReply();
    const res = await flagPost(readers[0]!, reply.id, 'personal_data');
    expect(res.status).toBe(201);
    expect(res.body.flag).toMatchObject({ reason: 'personal_data', status: 'open', outcome: null, item: { type: 'post', id: reply.id, title: thread.title } });
    const again = await flagPost(readers[0]!, reply.id, 'spam');
    expect(again.status).toBe(409);
    expect(again.body.error.code).toBe('already_flagged');

    const entry = (await queueEntry(moderator, 'post', reply.id))!;
    expect(entry.item).toMatchObject({ title: thread.title, excerpt: expect.stringContaining('fragwürdige'), author: { displayName: expect.any(String) }, hidden: false });
    expect(entry.flags).toHaveLength(1);
    expect(entry.authorHistory).toMatchObject({ posts: expect.any(Number), upheldFlags: 0 });

    expect((await readers[0]!.get('/api/me/flags')).body.items[0]).toMatchObject({ id: res.body.flag.id, status: 'open' });
  });

  it('hides a post after three members flag it, and keeping it brings it back and tells the flaggers', async () => {
    const { thread, reply } = await threadWithReply();
    for (const [i, reader] of readers.entries()) {
      expect((await flagPost(reader, reply.id)).status).toBe(201);
      expect((await postAs(readers[0]!, thread.id, reply.id)).hidden).toBe(i === 2);
    }
    expect(await postAs(author, thread.id, reply.id)).toMatchObject({ hidden: true, body: expect.stringContaining('fragwürdige') });
    const entry = (await queueEntry(moderator, 'post', reply.id))!;
    expect(entry.flags).toHaveLength(3);

    const kept = await moderator.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'keep', note: 'Sachlich in Ordnung.' });
    expect(kept.body).toEqual({ outcome: 'keep', resolved: 3 });
    expect((await postAs(readers[1]!, thread.id, reply.id)).hidden).toBe(false);
    expect((await readers[1]!.get('/api/me/flags')).body.items.find((f: { item: { id: number } }) => f.item.id === reply.id)).toMatchObject({
      status: 'resolved',
      outcome: 'keep',
      resolutionNote: 'Sachlich in Ordnung.',
    });
    expect((await entries(readers[2]!)).find((n) => n.kind === 'flag_resolved')).toMatchObject({ href: '/me/flags', thread: { id: thread.id } });
    expect(await queueEntry(moderator, 'post', reply.id)).toBeUndefined();
  });

  it('hides a post at once when staff flag it; a review that hides it tells its author the reason', async () => {
    const { thread, reply } = await threadWithReply();
    expect((await flagPost(moderator, reply.id, 'other', 'Werbung für eine Firma')).status).toBe(201);
    expect((await postAs(readers[0]!, thread.id, reply.id)).hidden).toBe(true);
    const flagId = (await queueEntry(moderator, 'post', reply.id))!.flags[0]!.id;
    expect((await moderator.post(`/api/flags/${flagId}/resolve`, { outcome: 'hide', note: 'Werbung' })).status).toBe(200);
    expect(await postAs(author, thread.id, reply.id)).toMatchObject({ hidden: true, hiddenReason: 'Werbung' });
    expect((await entries(author)).find((n) => n.kind === 'content_hidden')).toMatchObject({ postId: reply.id, thread: { id: thread.id } });
  });

  it('warns the author with the decision: the warning needs words, reaches the author and waits on their account page', async () => {
    const { reply } = await threadWithReply();
    await flagPost(readers[0]!, reply.id, 'inappropriate');
    const entry = (await queueEntry(moderator, 'post', reply.id))!;
    expect(entry.permissions).toEqual({ canWarn: true, canSuspendAuthor: true });
    const flagId = entry.flags[0]!.id;
    const wordless = await moderator.post(`/api/flags/${flagId}/resolve`, { outcome: 'keep', warn: true });
    expect(wordless.status).toBe(400);
    expect(wordless.body.error.fields).toHaveProperty('note');

    expect((await moderator.post(`/api/flags/${flagId}/resolve`, { outcome: 'keep', note: 'Bitte sachlich bleiben.', warn: true })).status).toBe(200);
    expect((await entries(author)).find((n) => n.kind === 'content_warning')).toMatchObject({ href: '/me#moderation' });
    expect((await author.get('/api/me/moderation')).body.items[0]).toMatchObject({ kind: 'warned', reason: 'Bitte sachlich bleiben.', postId: reply.id });
    // Those who flagged it learn the outcome, not the warning.
    expect((await readers[0]!.get('/api/me/moderation')).body.items.some((n: { kind: string }) => n.kind === 'warned')).toBe(false);
    expect((await moderator.get('/api/moderation/log?action=user.warn')).body.items[0]).toMatchObject({ targetUser: { displayName: expect.any(String) }, details: { note: 'Bitte sachlich bleiben.' } });
  });

  it('deletes a post from the queue, and hides a flagged thread from its readers', async () => {
    const { thread, reply } = await threadWithReply();
    await flagPost(readers[0]!, reply.id, 'spam');
    const flagId = (await queueEntry(moderator, 'post', reply.id))!.flags[0]!.id;
    expect((await moderator.post(`/api/flags/${flagId}/resolve`, { outcome: 'delete' })).status).toBe(200);
    expect((await postAs(readers[0]!, thread.id, reply.id)).deleted).toBe(true);
    expect((await entries(author)).some((n) => n.kind === 'content_removed')).toBe(true);

    expect((await readers[1]!.post('/api/flags', { targetType: 'thread', targetId: thread.id, reason: 'off_topic' })).status).toBe(201);
    const threadFlag = (await queueEntry(moderator, 'thread', thread.id))!.flags[0]!.id;
    const refused = await moderator.post(`/api/flags/${threadFlag}/resolve`, { outcome: 'delete' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('outcome');
    expect((await moderator.post(`/api/flags/${threadFlag}/resolve`, { outcome: 'hide', note: 'Falsche Kategorie' })).status).toBe(200);
    expect((await readers[1]!.get(`/api/threads/${thread.id}`)).status).toBe(404);
    expect((await readers[1]!.get(`/api/categories/${categorySlug}/threads`)).body.items.some((t: { id: number }) => t.id === thread.id)).toBe(false);
    expect((await author.get(`/api/threads/${thread.id}`)).body.thread).toMatchObject({ hidden: true });
  });

  it('lets a group’s leads review their group’s flags only; others get 403 or 404 and nothing changes', async () => {
    const group = await createGroup(moderator, ['sabine']);
    await addMember(lead, group.id, author, 'tobias');
    await addMember(lead, group.id, readers[0]!, 'member');
    const { reply } = await threadWithReply(group.categorySlug);
    await flagPost(readers[0]!, reply.id);
    const entry = (await queueEntry(lead, 'post', reply.id))!;
    expect(entry.item.group).toEqual({ id: group.id, name: group.name });

    const open = await threadWithReply();
    await flagPost(readers[1]!, open.reply.id);
    expect(await queueEntry(lead, 'post', open.reply.id)).toBeUndefined();
    const outside = (await queueEntry(moderator, 'post', open.reply.id))!.flags[0]!.id;
    expect((await lead.post(`/api/flags/${outside}/resolve`, { outcome: 'keep' })).status).toBe(404);
    expect((await readers[0]!.get('/api/flags')).status).toBe(403);
    expect((await readers[0]!.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'keep' })).status).toBe(404);
    expect((await queueEntry(moderator, 'post', open.reply.id))!.flags).toHaveLength(1);
    expect((await lead.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'keep' })).status).toBe(200);
    // Outsiders cannot flag what they cannot read: the group's post is missing to them.
    expect((await flagPost(readers[2]!, reply.id)).status).toBe(404);
  });

  it('takes documents out of the library when a review deletes them, and keeps live questions to their room', async () => {
    const documentId = (await readers[0]!.get('/api/documents')).body.items[0].id;
    expect((await readers[1]!.post('/api/flags', { targetType: 'document', targetId: documentId, reason: 'outdated' })).status).toBe(201);
    const entry = (await queueEntry(moderator, 'document', documentId))!;
    expect(entry.outcomes).toEqual(['keep', 'delete']);
    expect((await moderator.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'delete', note: 'Veraltet' })).status).toBe(200);
    expect((await readers[1]!.get(`/api/documents/${documentId}`)).status).toBe(404);
    expect((await entries(readers[1]!)).find((n) => n.kind === 'flag_resolved' && n.document?.id === documentId)).toBeTruthy();
  });

  it('dismisses a flagged live question from its room when the review hides it, with the reason its asker reads', async () => {
    const group = await createGroup(moderator, ['sabine']);
    await addMember(lead, group.id, author, 'tobias');
    const sessionId = await createSession(lead, group.id, { live: true, audience: 'network' });
    const question = (await author.post(`/api/sessions/${sessionId}/questions`, { body: 'Darf ich hier Namen von Verdächtigen nennen?' })).body.question;
    expect((await readers[0]!.post('/api/flags', { targetType: 'question', targetId: question.id, reason: 'personal_data' })).status).toBe(201);
    const entry = (await queueEntry(lead, 'question', question.id))!;
    expect(entry.outcomes).toEqual(['keep', 'hide', 'delete']);
    const wordless = await lead.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'hide' });
    expect(wordless.status).toBe(400);
    expect(wordless.body.error.fields).toHaveProperty('note');
    expect(await queueEntry(lead, 'question', question.id)).toBeDefined();

    expect((await lead.post(`/api/flags/${entry.flags[0]!.id}/resolve`, { outcome: 'hide', note: 'Keine Namen im Raum.' })).body).toEqual({ outcome: 'hide', resolved: 1 });
    const mine = ((await author.get(`/api/sessions/${sessionId}/state`)).body.questions as { id: number; status: string; dismissReason: string | null }[]).find((q) => q.id === question.id);
    expect(mine).toMatchObject({ status: 'dismissed', dismissReason: 'Keine Namen im Raum.' });
    const log = (await moderator.get(`/api/moderation/log?group=${group.id}`)).body.items.map((e: { action: string }) => e.action);
    expect(log).toEqual(expect.arrayContaining(['question.dismiss', 'flag.resolve']));
  });

  it('tells the reviewers of an item, live, that their queue changed, and gives them its count', async () => {
    const { reply } = await threadWithReply();
    const [staff, outsider] = [connectSocket(server.url, moderator.cookie), connectSocket(server.url, lead.cookie)];
    await Promise.all([connected(staff), connected(outsider)]);
    const before = (await moderator.get('/api/flags/count')).body.open;
    const changed = nextEvent(staff, 'flags:changed');
    let leadTold = false;
    outsider.on('flags:changed', () => (leadTold = true));
    await flagPost(readers[0]!, reply.id, 'spam');
    expect(await changed).toEqual({ groupId: null });
    expect((await moderator.get('/api/flags/count')).body.open).toBe(before + 1);
    // An open-forum post is for network staff: a group's lead is not told (nor counts it).
    const again = nextEvent(staff, 'flags:changed');
    await flagPost(readers[1]!, reply.id, 'spam');
    await again;
    expect(leadTold).toBe(false);
    expect((await readers[0]!.get('/api/flags/count')).status).toBe(403);
    staff.close();
    outsider.close();
  });

  it('refuses bad input with 400 naming the field', async () => {
    const { reply } = await threadWithReply();
    const cases: [object, string][] = [
      [{ targetType: 'post', targetId: reply.id, reason: 'langweilig' }, 'reason'],
      [{ targetType: 'post', targetId: reply.id, reason: 'other' }, 'note'],
      [{ targetType: 'user', targetId: reply.id, reason: 'spam' }, 'targetType'],
      [{ targetType: 'post', targetId: 'abc', reason: 'spam' }, 'targetId'],
      [{ targetType: 'post', targetId: reply.id, reason: 'spam', note: 'x'.repeat(501) }, 'note'],
    ];
    for (const [body, field] of cases) {
      const res = await readers[0]!.post('/api/flags', body);
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await readers[0]!.post('/api/flags', { targetType: 'post', targetId: 2_000_000_000, reason: 'spam' })).status).toBe(404);
    await flagPost(readers[0]!, reply.id);
    const flagId = (await queueEntry(moderator, 'post', reply.id))!.flags[0]!.id;
    const outcome = await moderator.post(`/api/flags/${flagId}/resolve`, { outcome: 'verbrennen' });
    expect(outcome.status).toBe(400);
    expect(outcome.body.error.fields).toHaveProperty('outcome');
    expect((await queueEntry(moderator, 'post', reply.id))!.flags[0]!.status).toBe('open');
  });
});
