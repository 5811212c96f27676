import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { createSession } from '../support/live.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { documentFields, upload } from '../support/uploads.ts';
import { connected, connectSocket } from '../support/sockets.ts';

// One input policy for every text (shared/src/text.ts): NFC, no control characters but tab and line
// breaks, no lone surrogates, ids within PostgreSQL's integer range, Markdown nesting bounded.

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let admin: ApiClient;
let lead: ApiClient;
let threadId: number;
let postId: number;
let groupId: number;
let sessionId: number;
let questionId: number;
let documentId: number;

beforeAll(async () => {
  server = await startTestServer();
  [member, moderator, admin, lead] = await Promise.all([
    signedIn(server.url, 'member'),
    signedIn(server.url, 'moderator'),
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'sabine'),
  ]);
  const thread = (await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Eingaben prüfen', body: 'Start' })).body.thread;
  threadId = thread.id;
  postId = (await member.post(`/api/threads/${threadId}/posts`, { body: 'Antwort' })).body.post.id;
  groupId = (await createGroup(admin, ['sabine'])).id;
  sessionId = await createSession(lead, groupId, { live: true, audience: 'network' });
  questionId = (await member.post(`/api/sessions/${sessionId}/questions`, { body: 'Eine Frage?' })).body.question.id;
  documentId = (await member.get('/api/documents?owner=me')).body.items[0]?.id ?? (await member.get('/api/documents')).body.items[0].id;
});
afterAll(() => server.close());

/** Every write that takes text, with the field that carries it and who may write it. */
const writes = () =>
  [
    { who: member, method: 'POST', path: '/api/threads', body: { categorySlug: 'wohnungseinbruch', title: 'Ein Titel X', body: 'Text' }, field: 'title' },
    { who: member, method: 'POST', path: '/api/threads', body: { categorySlug: 'wohnungseinbruch', title: 'Ein Titel', body: 'Text X' }, field: 'body' },
    { who: member, method: 'POST', path: `/api/threads/${threadId}/posts`, body: { body: 'Antwort X' }, field: 'body' },
    { who: member, method: 'PATCH', path: `/api/posts/${postId}`, body: { body: 'Geändert X' }, field: 'body' },
    { who: member, method: 'POST', path: '/api/markdown/preview', body: { body: 'Vorschau X' }, field: 'body' },
    { who: member, method: 'PATCH', path: '/api/me', body: { displayName: 'Markus X', citySlug: 'augsburg', bio: '', locale: 'de' }, field: 'displayName' },
    { who: member, method: 'PATCH', path: '/api/me', body: { displayName: 'Markus', citySlug: 'augsburg', bio: 'Über mich X', locale: 'de' }, field: 'bio' },
    { who: moderator, method: 'PATCH', path: `/api/documents/${documentId}`, body: { title: 'Dokument X' }, field: 'title' },
    { who: admin, method: 'POST', path: '/api/groups', body: { name: 'Gruppe X', description: '', leadEmails: ['member@demo.praxisnetz.example'] }, field: 'name' },
    { who: lead, method: 'PATCH', path: `/api/groups/${groupId}`, body: { name: 'Gruppe', description: 'Beschreibung X' }, field: 'description' },
    { who: member, method: 'POST', path: `/api/sessions/${sessionId}/questions`, body: { body: 'Frage X' }, field: 'body' },
    { who: member, method: 'POST', path: `/api/sessions/${sessionId}/chat`, body: { body: 'Chat X' }, field: 'body' },
    { who: lead, method: 'POST', path: `/api/questions/${questionId}/answer`, body: { answer: 'Antwort X' }, field: 'answer' },
    { who: admin, method: 'POST', path: '/api/cities', body: { name: 'Stadt X', state: 'Land', country: 'DE' }, field: 'name' },
    { who: member, method: 'POST', path: '/api/auth/password', body: { currentPassword: 'praxisnetz-demo', newPassword: 'geheim-geheim X' }, field: 'newPassword' },
  ] as const;

const withText = (body: object, field: string, text: string) =>
  Object.fromEntries(Object.entries(body).map(([k, v]) => [k, k === field ? String(v).replace('X', text) : v]));

describe('the input policy on every write', () => {
  it.each([
    ['a NUL character', '\u0000'],
    ['another C0 control', '\u0007'],
    ['a C1 control', '\u0085'],
    ['a lone surrogate', '\ud800'],
  ])('refuses %s with 400 naming the field', async (_what, bad) => {
    for (const w of writes()) {
      const res = await w.who.request(w.method, w.path, withText(w.body, w.field, bad));
      expect({ path: w.path, field: w.field, status: res.status, code: res.body?.error?.code }).toEqual({
        path: w.path, field: w.field, status: 400, code: 'validation_failed',
      });
      expect(Object.keys(res.body.error.fields)).toContain(w.field);
    }
  });

  it('refuses a NUL in the metadata or the file name of an upload, and keeps file names readable', async () => {
    for (const field of ['title', 'description', 'topics'] as const) {
      const res = await upload(member, documentFields({ [field]: `Feld\u0000${field}` }), { name: 'bericht.txt', content: 'Inhalt' });
      expect({ field, status: res.status }).toEqual({ field, status: 400 });
      expect(Object.keys(res.body.error.fields).map((k) => k.split('.')[0])).toContain(field);
    }
    const nul = await upload(member, documentFields(), { name: 'Be\u0000richt.txt', content: 'Inhalt' });
    expect(nul.status).toBe(400);
    expect(nul.body.error.fields).toHaveProperty('file');
    const named = await upload(member, documentFields(), { name: 'Be\u202erricht.txt', content: 'Inhalt' });
    expect(named.status).toBe(201);
    expect(named.body.document.filename).toBe('Berricht.txt');
  });

  it('refuses line breaks in one-line fields but keeps them in texts', async () => {
    const title = await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Zwei\nZeilen', body: 'Text' });
    expect(title.status).toBe(400);
    expect(title.body.error.fields.title).toMatch(/single line/);
    const body = await member.post(`/api/threads/${threadId}/posts`, { body: 'Zeile eins\r\n\tZeile zwei' });
    expect(body.status).toBe(201);
  });

  it('stores text normalised to NFC', async () => {
    const decomposed = 'Cafe\u0301 und Stra\u00dfe in Ko\u0308ln';
    const res = await member.post(`/api/threads/${threadId}/posts`, { body: decomposed });
    expect(res.status).toBe(201);
    expect(res.body.post.body).toBe(decomposed.normalize('NFC'));
    expect(res.body.post.body).toContain('Café');
  });

  it.each([
    ['block quotes', '>'.repeat(5000) + ' tief'],
    ['lists', '- '.repeat(5000) + 'tief'],
    ['ordered lists', '1. '.repeat(3000) + 'tief'],
    ['emphasis', '*'.repeat(4000) + 'tief' + '*'.repeat(4000)],
    ['brackets', '['.repeat(3000) + 'tief' + ']'.repeat(3000)],
  ])('refuses Markdown nested thousands of levels deep (%s) in a reply and the preview', async (_what, deep) => {
    for (const [path, method] of [[`/api/threads/${threadId}/posts`, 'POST'], ['/api/markdown/preview', 'POST'], [`/api/posts/${postId}`, 'PATCH']] as const) {
      const res = await member.request(method, path, { body: deep });
      expect(res.status).toBe(400);
      expect(res.body.error.fields.body).toMatch(/nest/i);
    }
  });

  it('keeps ordinary Markdown with quotes, lists and a horizontal rule', async () => {
    const body = '> Zitat\n> > verschachtelt\n\n- Punkt\n  - Unterpunkt\n\n' + '*'.repeat(60) + '\n\n**fett** und _kursiv_ [Link](https://example.org)';
    expect((await member.post(`/api/threads/${threadId}/posts`, { body })).status).toBe(201);
  });
});

describe('paths, queries and socket events', () => {
  it.each(['/api/threads/%E0%A4%A', '/api/threads/%FF', '/api/categories/%C0%80/threads', '/files/%FF', '/files/1/v/%E0'])(
    'answers a path that is not valid UTF-8 (%s) with a 4xx',
    async (path) => {
      const res = await fetch(server.url + path, { headers: { cookie: member.cookie } });
      expect(res.status).toBeGreaterThanOrEqual(400);
      expect(res.status).toBeLessThan(500);
    },
  );

  it('answers ids beyond the integer range like unknown ids', async () => {
    expect((await member.get('/api/threads/2147483648')).status).toBe(404);
    expect((await member.get('/api/threads/99999999999999999999')).status).toBe(404);
    expect((await member.get('/api/sessions?group=2147483648')).status).toBe(400);
  });

  it('refuses a NUL in a search with 400 and treats a slug with one as unknown', async () => {
    expect((await member.get('/api/search?q=a%00b')).status).toBe(400);
    expect((await member.get('/api/search/suggest?q=ab%00')).status).toBe(400);
    expect((await member.get('/api/categories/a%00b/threads')).status).toBe(404);
  });

  it('refuses socket joins with ids beyond the integer range or bad slugs', async () => {
    const socket = connectSocket(server.url, member.cookie);
    await connected(socket);
    expect(await socket.emitWithAck('live:join', 1e12)).toEqual({ ok: false, code: 'validation_failed' });
    expect(await socket.emitWithAck('live:join', 2 ** 31)).toEqual({ ok: false, code: 'validation_failed' });
    expect(await socket.emitWithAck('thread:join', -1)).toEqual({ ok: false, code: 'validation_failed' });
    expect(await socket.emitWithAck('category:join', 'a\u0000b')).toEqual({ ok: false, code: 'validation_failed' });
    expect(await socket.emitWithAck('thread:join', threadId)).toEqual({ ok: true });
    socket.close();
  });
});
