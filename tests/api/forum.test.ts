import { JSDOM } from 'jsdom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let other: ApiClient;
let moderator: ApiClient;
let category: string;

beforeAll(async () => {
  server = await startTestServer();
  [member, other, moderator] = await Promise.all([
    signedIn(server.url, 'member'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'moderator'),
  ]);
  category = (await member.get('/api/categories')).body.items[0].slug;
});
afterAll(() => server.close());

async function newThread(client = member, title = 'Erfahrungen mit Sicherheitsaudits im Quartier') {
  const res = await client.post('/api/threads', { categorySlug: category, title, body: 'Wer hat **Erfahrung**?' });
  expect(res.status).toBe(201);
  return res.body.thread as { id: number; slug: string; openingPost: { id: number } };
}

describe('reading the forum', () => {
  it('shows categories with their counts to everyone, in three languages', async () => {
    const res = await new ApiClient(server.url).get('/api/categories');
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThanOrEqual(8);
    const burglary = res.body.items.find((c: { slug: string }) => c.slug === 'wohnungseinbruch');
    expect(burglary.name).toEqual({ de: 'Wohnungseinbruch', en: 'Domestic burglary', fr: expect.any(String) });
    expect(res.body.items.some((c: { threadCount: number }) => c.threadCount > 0)).toBe(true);
  });

  it('keeps threads for signed-in, approved members', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.get(`/api/categories/${category}/threads`)).status).toBe(401);
    const pending = await signedIn(server.url, 'pending1');
    const res = await pending.get(`/api/categories/${category}/threads`);
    expect(res.status).toBe(403);
    expect(res.body.error.code).toBe('account_pending');
    expect((await member.get(`/api/categories/${category}/threads`)).status).toBe(200);
  });

  it('answers unknown and malformed ids with 404', async () => {
    for (const path of ['/api/threads/999999', '/api/threads/abc', '/api/categories/gibt-es-nicht/threads', '/api/no-such-route']) {
      const res = await member.get(path);
      expect(res.status, path).toBe(404);
      expect(res.body.error.code).toBe('not_found');
    }
    expect((await member.patch('/api/posts/999999', { body: 'x' })).status).toBe(404);
    expect((await member.delete('/api/posts/999999')).status).toBe(404);
    expect((await member.post('/api/threads/999999/posts', { body: 'x' })).status).toBe(404);
  });
});

describe('writing', () => {
  it('refuses anonymous writes with 401', async () => {
    const anonymous = new ApiClient(server.url);
    expect((await anonymous.post('/api/threads', { categorySlug: category, title: 'Hallo Welt!', body: 'x' })).status).toBe(401);
  });

  it('opens a thread and lists it first in its category', async () => {
    const thread = await newThread();
    expect(thread.slug).toBe('erfahrungen-mit-sicherheitsaudits-im-quartier');
    const list = await member.get(`/api/categories/${category}/threads`);
    expect(list.body.items[0].id).toBe(thread.id);
    expect(list.body.items[0].author.displayName).toBeTruthy();
  });

  it('names the fields that are wrong', async () => {
    const res = await member.post('/api/threads', { categorySlug: 'gibt-es-nicht', title: 'Hi', body: '' });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields).sort()).toEqual(['body', 'title']);
    const unknownCategory = await member.post('/api/threads', { categorySlug: 'gibt-es-nicht', title: 'Eine gute Frage', body: 'Text' });
    expect(unknownCategory.body.error.fields).toHaveProperty('categorySlug');
  });

  it('replies with rendered Markdown and moves the thread to the top', async () => {
    const older = await newThread(member, 'Ältere Frage zum Bahnhofsviertel');
    await newThread(member, 'Neuere Frage zur Videoüberwachung');
    const res = await other.post(`/api/threads/${older.id}/posts`, { body: '| Stadt | Rücklauf |\n|---|---|\n| Essen | 31 % |\n\n- eins\n- zwei' });
    expect(res.status).toBe(201);
    expect(res.body.post.bodyHtml).toContain('<table>');
    expect(res.body.post.bodyHtml).toContain('<li>zwei</li>');
    const list = await member.get(`/api/categories/${category}/threads`);
    expect(list.body.items[0]).toMatchObject({ id: older.id, replyCount: 1 });
  });

  it('renders hostile Markdown inert', async () => {
    const thread = await newThread();
    const payloads = [
      '<script>alert(1)</script>',
      '<img src=x onerror="alert(1)">',
      '[klick](javascript:alert(1))',
      '<a href="javascript:alert(1)">x</a>',
      '<iframe src="https://evil.example"></iframe>',
      '[link](https://www.kriminalpraevention.de "Titel")',
      '<svg onload=alert(1)>',
    ];
    const res = await member.post(`/api/threads/${thread.id}/posts`, { body: payloads.join('\n\n') });
    const html: string = res.body.post.bodyHtml;
    const dom = JSDOM.fragment(html);
    expect(dom.querySelectorAll('script, img, iframe, svg, style')).toHaveLength(0);
    const attributes = [...dom.querySelectorAll('*')].flatMap((el) => [...el.attributes].map((a) => `${a.name}=${a.value}`));
    expect(attributes.filter((a) => /^on|javascript:/i.test(a))).toEqual([]);
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('href="https://www.kriminalpraevention.de"');
    expect(html).toContain('rel="nofollow noopener noreferrer"');
    const preview = await member.post('/api/markdown/preview', { body: payloads.join('\n\n') });
    expect(preview.body.html).toBe(html);
  });

  it('edits a post, marks it edited and keeps the earlier version', async () => {
    const thread = await newThread();
    const reply = (await member.post(`/api/threads/${thread.id}/posts`, { body: 'Erste Fassung' })).body.post;
    const res = await member.patch(`/api/posts/${reply.id}`, { body: 'Zweite Fassung' });
    expect(res.status).toBe(200);
    expect(res.body.post).toMatchObject({ body: 'Zweite Fassung', version: 2 });
    expect(res.body.post.editedAt).not.toBeNull();
    const revisions = await other.get(`/api/posts/${reply.id}/revisions`);
    expect(revisions.body.items).toHaveLength(1);
    expect(revisions.body.items[0].body).toBe('Erste Fassung');
  });

  it("refuses to change another member's post, but lets moderators", async () => {
    const thread = await newThread();
    const reply = (await member.post(`/api/threads/${thread.id}/posts`, { body: 'Mein Beitrag' })).body.post;
    expect((await other.patch(`/api/posts/${reply.id}`, { body: 'Übernommen' })).status).toBe(403);
    expect((await other.delete(`/api/posts/${reply.id}`)).status).toBe(403);
    const moderated = await moderator.patch(`/api/posts/${reply.id}`, { body: 'Bitte sachlich bleiben.' });
    expect(moderated.status).toBe(200);
    expect((await moderator.delete(`/api/posts/${reply.id}`)).status).toBe(204);
  });

  it('deletes softly, leaving a placeholder in the thread', async () => {
    const thread = await newThread();
    const reply = (await member.post(`/api/threads/${thread.id}/posts`, { body: 'Wird gelöscht' })).body.post;
    expect((await member.delete(`/api/posts/${reply.id}`)).status).toBe(204);
    const page = await other.get(`/api/threads/${thread.id}`);
    const placeholder = page.body.posts.items.find((p: { id: number }) => p.id === reply.id);
    expect(placeholder).toMatchObject({ deleted: true, body: '', bodyHtml: '' });
    expect((await member.patch(`/api/posts/${reply.id}`, { body: 'wieder da?' })).status).toBe(404);
    expect((await member.get(`/api/posts/${reply.id}/revisions`)).body.items).toEqual([]);
  });
});

describe('pagination', () => {
  it('pages through replies in order', async () => {
    const thread = await newThread();
    for (let i = 1; i <= 30; i++) await other.post(`/api/threads/${thread.id}/posts`, { body: `Antwort ${i}` });
    const first = await member.get(`/api/threads/${thread.id}`);
    expect(first.body.thread.openingPost.body).toBe('Wer hat **Erfahrung**?');
    expect(first.body.posts.items).toHaveLength(25);
    const second = await member.get(`/api/threads/${thread.id}?cursor=${first.body.posts.nextCursor}`);
    expect(second.body.posts.items.map((p: { body: string }) => p.body)).toEqual([26, 27, 28, 29, 30].map((i) => `Antwort ${i}`));
    expect(second.body.posts.nextCursor).toBeNull();

    const lastReply = second.body.posts.items.at(-1);
    const located = await member.get(`/api/posts/${lastReply.id}/location`);
    expect(located.body).toEqual({ threadId: thread.id, cursor: first.body.posts.nextCursor });
    const firstReply = first.body.posts.items[0];
    expect((await member.get(`/api/posts/${firstReply.id}/location`)).body).toEqual({ threadId: thread.id, cursor: null });
    expect((await member.get(`/api/posts/${thread.openingPost.id}/location`)).body.cursor).toBeNull();
  });

  it('keeps the thread list stable while new threads arrive', async () => {
    const fresh = (await member.get('/api/categories')).body.items.at(-1).slug;
    for (let i = 0; i < 25; i++) {
      await member.post('/api/threads', { categorySlug: fresh, title: `Bestandsthema Nummer ${i}`, body: 'Text' });
    }
    const first = await member.get(`/api/categories/${fresh}/threads`);
    expect(first.body.items).toHaveLength(20);
    for (let i = 0; i < 5; i++) {
      await other.post('/api/threads', { categorySlug: fresh, title: `Neues Thema Nummer ${i}`, body: 'Text' });
    }
    const seen = new Set(first.body.items.map((t: { id: number }) => t.id));
    let cursor = first.body.nextCursor;
    const rest: number[] = [];
    while (cursor) {
      const page = await member.get(`/api/categories/${fresh}/threads?cursor=${encodeURIComponent(cursor)}`);
      rest.push(...page.body.items.map((t: { id: number }) => t.id));
      cursor = page.body.nextCursor;
    }
    expect(rest.filter((id) => seen.has(id))).toEqual([]);
    const titles = (await Promise.all(rest.map((id) => member.get(`/api/threads/${id}`)))).map((r) => r.body.thread.title);
    expect(titles.filter((t) => t.startsWith('Neues Thema'))).toEqual([]);
    expect(rest.length).toBeGreaterThanOrEqual(5);
  });

  it('refuses a forged cursor', async () => {
    const res = await member.get(`/api/categories/${category}/threads?cursor=bm9wZQ`);
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('cursor');
  });
});
