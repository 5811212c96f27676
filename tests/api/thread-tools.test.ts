import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, joinThread, nextEvent } from '../support/sockets.ts';

let server: TestServer;
let member: ApiClient;
let author: ApiClient;
let moderator: ApiClient;
let lead: ApiClient;
let categorySlug: string;

beforeAll(async () => {
  server = await startTestServer();
  [member, author, moderator, lead] = await Promise.all([
    signedIn(server.url, 'member'),
    signedIn(server.url, 'tobias'),
    signedIn(server.url, 'moderator'),
    signedIn(server.url, 'sabine'),
  ]);
  categorySlug = (await member.get('/api/categories')).body.items[0].slug;
});
afterAll(() => server.close());

let made = 0;
async function newThread(client = author, slug = categorySlug) {
  const res = await client.post('/api/threads', { categorySlug: slug, title: `Werkzeuge der Moderation ${++made} ${Date.now()}`, body: 'Worum es geht.' });
  expect(res.status).toBe(201);
  return res.body.thread as { id: number };
}

const logOf = async (threadId: number) =>
  (await server.database.query(`select action, details, post_id as "postId" from moderation_log where thread_id = $1 order by id`, [threadId])).rows;

describe('locking a thread', () => {
  it('stops replies with a reason everyone sees, but lets its moderators reply; unlocking opens it again', async () => {
    const thread = await newThread();
    const before = (await member.get(`/api/threads/${thread.id}`)).body.thread;
    expect(before).toMatchObject({ locked: false, lockReason: null, pinned: false, permissions: { canReply: true, canModerate: false, canPinGlobally: false } });

    const locked = await moderator.post(`/api/threads/${thread.id}/lock`, { reason: 'Die Frage ist beantwortet.' });
    expect(locked.status).toBe(200);
    expect(locked.body.thread).toMatchObject({ locked: true, lockReason: 'Die Frage ist beantwortet.', permissions: { canReply: true, canModerate: true, canPinGlobally: true } });
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread).toMatchObject({ locked: true, lockReason: 'Die Frage ist beantwortet.', permissions: { canReply: false } });

    const refused = await member.post(`/api/threads/${thread.id}/posts`, { body: 'Noch eine Frage.' });
    expect(refused.status).toBe(403);
    expect(refused.body.error.code).toBe('thread_locked');
    expect((await moderator.post(`/api/threads/${thread.id}/posts`, { body: 'Ergänzung der Moderation.' })).status).toBe(201);

    expect((await moderator.post(`/api/threads/${thread.id}/unlock`)).body.thread).toMatchObject({ locked: false, lockReason: null });
    expect((await member.post(`/api/threads/${thread.id}/posts`, { body: 'Jetzt doch noch.' })).status).toBe(201);
    expect(await logOf(thread.id)).toEqual([
      { action: 'thread.lock', details: { reason: 'Die Frage ist beantwortet.' }, postId: null },
      { action: 'thread.unlock', details: {}, postId: null },
    ]);
  });

  it('tells open pages of the thread that its state changed', async () => {
    const thread = await newThread();
    const socket = connectSocket(server.url, member.cookie);
    await connected(socket);
    expect(await joinThread(socket, thread.id)).toEqual({ ok: true });
    const updated = nextEvent(socket, 'thread:updated');
    await moderator.post(`/api/threads/${thread.id}/lock`, {});
    expect(await updated).toEqual({ id: thread.id });
    expect((await member.get(`/api/threads/${thread.id}/status`)).body.thread).toMatchObject({ id: thread.id, locked: true, lockReason: null, permissions: { canReply: false } });
    socket.close();
  });

  it('is for moderators only: members get 403, outsiders of a group 404, and the log gets nothing', async () => {
    const thread = await newThread();
    expect((await member.post(`/api/threads/${thread.id}/lock`, {})).status).toBe(403);
    expect((await lead.post(`/api/threads/${thread.id}/pin`, {})).status).toBe(403);
    const group = await createGroup(moderator, ['sabine']);
    const groupThread = await newThread(lead, group.categorySlug);
    expect((await member.post(`/api/threads/${groupThread.id}/lock`, {})).status).toBe(404);
    expect((await lead.post(`/api/threads/${groupThread.id}/lock`, { reason: 'Erledigt' })).status).toBe(200);
    expect(await logOf(thread.id)).toEqual([]);
  });

  it('refuses bad input with 400 naming the field, changing nothing', async () => {
    const thread = await newThread();
    const long = await moderator.post(`/api/threads/${thread.id}/lock`, { reason: 'x'.repeat(501) });
    expect(long.status).toBe(400);
    expect(long.body.error.fields).toHaveProperty('reason');
    const scope = await moderator.post(`/api/threads/${thread.id}/pin`, { scope: 'überall' });
    expect(scope.status).toBe(400);
    expect(scope.body.error.fields).toHaveProperty('scope');
    const past = await moderator.post(`/api/threads/${thread.id}/pin`, { until: '2020-01-01' });
    expect(past.status).toBe(400);
    expect(past.body.error.fields).toHaveProperty('until');
    expect((await moderator.post('/api/threads/abc/lock', {})).status).toBe(404);
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread).toMatchObject({ locked: false, pinned: false });
    expect(await logOf(thread.id)).toEqual([]);
  });
});

describe('pinning a thread', () => {
  it('shows pinned threads above its category’s list until the pin ends', async () => {
    const pinned = await newThread();
    await newThread();
    const res = await moderator.post(`/api/threads/${pinned.id}/pin`, { until: '2999-12-31' });
    expect(res.body.thread).toMatchObject({ pinned: true, pinScope: 'category', pinnedUntil: '2999-12-31T23:00:00.000Z' }); // the day's end, network (Berlin) time
    const list = (await member.get(`/api/categories/${categorySlug}/threads`)).body;
    expect(list.pinned.map((t: { id: number }) => t.id)).toContain(pinned.id);
    expect(list.items.map((t: { id: number }) => t.id)).not.toContain(pinned.id);

    // Once its end has passed the thread is an ordinary one again, without anyone unpinning it.
    await server.database.query(`update threads set pinned_until = now() - interval '1 minute' where id = $1`, [pinned.id]);
    const later = (await member.get(`/api/categories/${categorySlug}/threads`)).body;
    expect(later.pinned.map((t: { id: number }) => t.id)).not.toContain(pinned.id);
    expect(later.items.map((t: { id: number }) => t.id)).toContain(pinned.id);
    expect((await member.get(`/api/threads/${pinned.id}`)).body.thread.pinned).toBe(false);
  });

  it('pins above every list for network staff only, and unpins', async () => {
    const group = await createGroup(moderator, ['sabine']);
    const groupThread = await newThread(lead, group.categorySlug);
    const global = await lead.post(`/api/threads/${groupThread.id}/pin`, { scope: 'global' });
    expect(global.status).toBe(403);
    expect((await lead.post(`/api/threads/${groupThread.id}/pin`, { scope: 'category' })).status).toBe(200);

    const thread = await newThread();
    expect((await moderator.post(`/api/threads/${thread.id}/pin`, { scope: 'global' })).body.thread).toMatchObject({ pinned: true, pinScope: 'global', pinnedUntil: null });
    const other = (await member.get('/api/categories')).body.items.find((c: { slug: string }) => c.slug !== categorySlug).slug;
    expect((await member.get(`/api/categories/${other}/threads`)).body.pinned[0].id).toBe(thread.id);
    expect((await moderator.post(`/api/threads/${thread.id}/unpin`)).body.thread).toMatchObject({ pinned: false, pinScope: null });
    expect((await member.get(`/api/categories/${other}/threads`)).body.pinned.map((t: { id: number }) => t.id)).not.toContain(thread.id);
  });
});

describe('hiding a reply', () => {
  it('shows readers a placeholder, the author and moderators the text and the reason, and takes it out of search', async () => {
    const thread = await newThread(member);
    const word = 'Quokkagehege';
    const reply = (await author.post(`/api/threads/${thread.id}/posts`, { body: `Meine Telefonnummer und ${word}` })).body.post;
    await expect.poll(async () => (await member.get(`/api/search?q=${word}`)).body.items.length, { timeout: 5000 }).toBeGreaterThan(0);

    const hidden = await moderator.post(`/api/posts/${reply.id}/hide`, { reason: 'Personenbezogene Daten' });
    expect(hidden.status).toBe(200);
    expect(hidden.body.post).toMatchObject({ hidden: true, hiddenReason: 'Personenbezogene Daten', permissions: { canHide: true } });
    const asReader = (await member.get(`/api/threads/${thread.id}`)).body.posts.items.find((p: { id: number }) => p.id === reply.id);
    expect(asReader).toMatchObject({ hidden: true, body: '', bodyHtml: '', hiddenReason: null, permissions: { canEdit: false, canHide: false } });
    const asAuthor = (await author.get(`/api/threads/${thread.id}`)).body.posts.items.find((p: { id: number }) => p.id === reply.id);
    expect(asAuthor).toMatchObject({ hidden: true, body: expect.stringContaining(word), hiddenReason: 'Personenbezogene Daten' });
    expect((await member.get(`/api/search?q=${word}`)).body.items).toEqual([]);

    expect((await member.post(`/api/posts/${reply.id}/hide`, {})).status).toBe(403);
    expect((await moderator.post(`/api/posts/${reply.id}/unhide`)).body.post).toMatchObject({ hidden: false, hiddenReason: null });
    expect((await member.get(`/api/threads/${thread.id}`)).body.posts.items.find((p: { id: number }) => p.id === reply.id).body).toContain(word);
    expect(await logOf(thread.id)).toEqual([
      { action: 'post.hide', details: { reason: 'Personenbezogene Daten' }, postId: reply.id },
      { action: 'post.unhide', details: {}, postId: reply.id },
    ]);
  });

  it('sends each open page the copy for its reader, live', async () => {
    const group = await createGroup(moderator, ['sabine']);
    await addMember(lead, group.id, member, 'member');
    const thread = await newThread(lead, group.categorySlug);
    const reply = (await member.post(`/api/threads/${thread.id}/posts`, { body: 'Das gehört nicht hierher.' })).body.post;
    const reader = connectSocket(server.url, author.cookie);
    const owner = connectSocket(server.url, member.cookie);
    await Promise.all([connected(reader), connected(owner)]);
    await addMember(lead, group.id, author, 'tobias');
    expect(await joinThread(reader, thread.id)).toEqual({ ok: true });
    expect(await joinThread(owner, thread.id)).toEqual({ ok: true });
    const [toReader, toOwner] = [nextEvent(reader, 'post:updated'), nextEvent(owner, 'post:updated')];
    expect((await lead.post(`/api/posts/${reply.id}/hide`, { reason: 'Thema verfehlt' })).status).toBe(200);
    expect(await toReader).toMatchObject({ id: reply.id, hidden: true, body: '', hiddenReason: null });
    expect(await toOwner).toMatchObject({ id: reply.id, hidden: true, body: 'Das gehört nicht hierher.', hiddenReason: 'Thema verfehlt' });
    reader.close();
    owner.close();
  });
});

describe('moving, merging and splitting threads', () => {
  const titleOf = (n: string) => `${n} ${Date.now()} ${++made}`;

  it('moves a thread into a group’s space, saying first who loses access, and moves it back from the log', async () => {
    const group = await createGroup(moderator, ['sabine']);
    const thread = await newThread();
    await member.post(`/api/threads/${thread.id}/posts`, { body: 'Ich lese hier mit.' });
    const preview = await moderator.get(`/api/threads/${thread.id}/move?categorySlug=${group.categorySlug}`);
    expect(preview.status).toBe(200);
    expect(preview.body.preview).toMatchObject({ from: { slug: categorySlug, groupId: null }, to: { slug: group.categorySlug, groupId: group.id }, wider: false });
    expect(preview.body.preview.losing.map((a: { displayName: string }) => a.displayName).sort()).toEqual(
      [(await author.get('/api/me')).body.user.displayName, (await member.get('/api/me')).body.user.displayName].sort(),
    );

    expect((await lead.post(`/api/threads/${thread.id}/move`, { categorySlug: group.categorySlug })).status).toBe(403);
    expect((await moderator.post(`/api/threads/${thread.id}/move`, { categorySlug: group.categorySlug })).status).toBe(200);
    expect((await member.get(`/api/threads/${thread.id}`)).status).toBe(404);
    expect((await lead.get(`/api/threads/${thread.id}`)).body.thread.category.slug).toBe(group.categorySlug);

    const entry = (await moderator.get(`/api/moderation/log?thread=${thread.id}&action=thread.move`)).body.items[0];
    expect(entry).toMatchObject({ details: { from: categorySlug, to: group.categorySlug }, undo: 'thread.move_back' });
    expect((await moderator.post(`/api/moderation/log/${entry.id}/undo`)).status).toBe(200);
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread.category.slug).toBe(categorySlug);
  });

  it('refuses moves to an unknown or the same category with 400 naming the field', async () => {
    const thread = await newThread();
    for (const categorySlug of ['gibt-es-nicht', (await member.get(`/api/threads/${thread.id}`)).body.thread.category.slug]) {
      const res = await moderator.post(`/api/threads/${thread.id}/move`, { categorySlug });
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty('categorySlug');
    }
  });

  it('merges a thread into another: replies interleave by time, and the old address leads to the merged thread', async () => {
    const older = (await author.post('/api/threads', { categorySlug, title: titleOf('Älteres Thema'), body: 'Älterer Anfang' })).body.thread;
    const newer = (await member.post('/api/threads', { categorySlug, title: titleOf('Neueres Thema'), body: 'Neuerer Anfang' })).body.thread;
    await author.post(`/api/threads/${older.id}/posts`, { body: 'Antwort im älteren' });
    await member.post(`/api/threads/${newer.id}/posts`, { body: 'Antwort im neueren' });
    await author.post(`/api/threads/${older.id}/posts`, { body: 'Zweite Antwort im älteren' });

    expect((await moderator.post(`/api/threads/${newer.id}/merge`, { intoThreadId: newer.id })).body.error.fields).toHaveProperty('intoThreadId');
    expect((await moderator.post(`/api/threads/${older.id}/merge`, { intoThreadId: 2_000_000_000 })).status).toBe(400);
    const merged = await moderator.post(`/api/threads/${older.id}/merge`, { intoThreadId: newer.id });
    expect(merged.body).toEqual({ threadId: newer.id });

    const page = (await member.get(`/api/threads/${newer.id}`)).body;
    expect(page.thread.openingPost.body).toBe('Neuerer Anfang');
    expect(page.thread.replyCount).toBe(4);
    expect(page.posts.items.map((p: { body: string }) => p.body)).toEqual(['Älterer Anfang', 'Antwort im älteren', 'Antwort im neueren', 'Zweite Antwort im älteren']);
    expect((await member.get(`/api/threads/${older.id}`)).body.thread.id).toBe(newer.id);
    expect((await member.get(`/api/categories/${categorySlug}/threads`)).body.items.some((t: { id: number }) => t.id === older.id)).toBe(false);
    expect((await member.post(`/api/threads/${older.id}/posts`, { body: 'Zu spät' })).status).toBe(404);
  });

  it('splits selected replies into a new thread opened by the first of them', async () => {
    const thread = await newThread();
    const replies = [];
    for (const body of ['Beim Thema', 'Abschweifung eins', 'Abschweifung zwei']) replies.push((await member.post(`/api/threads/${thread.id}/posts`, { body })).body.post);
    const title = titleOf('Abgetrennte Diskussion');
    const split = await moderator.post(`/api/threads/${thread.id}/split`, { postIds: [replies[2].id, replies[1].id], title });
    expect(split.status).toBe(201);
    const created = (await member.get(`/api/threads/${split.body.threadId}`)).body;
    expect(created.thread).toMatchObject({ title, replyCount: 1, openingPost: { id: replies[1].id, body: 'Abschweifung eins' } });
    expect(created.posts.items.map((p: { id: number }) => p.id)).toEqual([replies[2].id]);
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread.replyCount).toBe(1);

    const opening = (await member.get(`/api/threads/${thread.id}`)).body.thread.openingPost.id;
    for (const [body, field] of [
      [{ postIds: [opening], title }, 'postIds'],
      [{ postIds: [], title }, 'postIds'],
      [{ postIds: [replies[0].id], title: 'x' }, 'title'],
    ] as const) {
      const res = await moderator.post(`/api/threads/${thread.id}/split`, body);
      expect(res.status).toBe(400);
      expect(res.body.error.fields).toHaveProperty(field);
    }
    expect((await member.post(`/api/threads/${thread.id}/split`, { postIds: [replies[0].id], title })).status).toBe(403);
  });
});

describe('renaming and closing as resolved', () => {
  it('lets the author and moderators rename a thread (a moderator’s rename is logged), and nobody else', async () => {
    const thread = await newThread();
    expect((await author.get(`/api/threads/${thread.id}`)).body.thread.permissions.canRename).toBe(true);
    expect((await member.get(`/api/threads/${thread.id}`)).body.thread.permissions.canRename).toBe(false);
    expect((await author.patch(`/api/threads/${thread.id}`, { title: 'Vom Autor neu benannt' })).status).toBe(200);
    expect((await member.patch(`/api/threads/${thread.id}`, { title: 'Von Fremden benannt' })).status).toBe(403);
    const renamed = await moderator.patch(`/api/threads/${thread.id}`, { title: 'Von der Moderation benannt' });
    expect(renamed.status).toBe(200);
    const page = (await member.get(`/api/threads/${thread.id}`)).body.thread;
    expect(page).toMatchObject({ title: 'Von der Moderation benannt', slug: 'von-der-moderation-benannt' });
    expect(await logOf(thread.id)).toEqual([{ action: 'thread.rename', details: { from: 'Vom Autor neu benannt', to: 'Von der Moderation benannt' }, postId: null }]);
    const short = await moderator.patch(`/api/threads/${thread.id}`, { title: 'x' });
    expect(short.status).toBe(400);
    expect(short.body.error.fields).toHaveProperty('title');
  });

  it('closes a thread as resolved, shown in its list, and reopening clears the mark', async () => {
    const thread = await newThread();
    expect((await moderator.post(`/api/threads/${thread.id}/lock`, { resolved: true })).body.thread).toMatchObject({ locked: true, resolved: true });
    const listed = (await member.get(`/api/categories/${categorySlug}/threads`)).body.items.find((t: { id: number }) => t.id === thread.id);
    expect(listed).toMatchObject({ locked: true, resolved: true });
    expect((await moderator.post(`/api/threads/${thread.id}/unlock`)).body.thread).toMatchObject({ locked: false, resolved: false });
  });
});
