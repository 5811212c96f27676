import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let member: ApiClient;
let anonymous: ApiClient;

type Item = { kind: string; id: number; title: string; snippet: string; url: string };
const search = (client: ApiClient, query: Record<string, string>) => client.get(`/api/search?${new URLSearchParams(query)}`);

beforeAll(async () => {
  server = await startTestServer();
  member = await signedIn(server.url, 'member');
  anonymous = new ApiClient(server.url);
});
afterAll(() => server.close());

describe('GET /api/search', () => {
  it('finds a demo thread for a member by another form of its words, with a highlighted snippet', async () => {
    const res = await search(member, { q: 'Angsträume' });
    expect(res.status).toBe(200);
    const thread = res.body.items.find((i: Item) => i.kind === 'thread' && i.title.startsWith('Angstraum Fußgängerunterführung'));
    expect(thread).toMatchObject({ url: `/threads/${thread.id}`, language: 'de', createdAt: expect.any(String) });
    expect(thread.snippet).toMatch(/<mark>Angstr(a|ä)um\w*<\/mark>/);
    expect(res.body).toHaveProperty('nextCursor');
  });

  it('shows visitors public documents only: no threads, no replies, nothing members-only', async () => {
    const seenByMember: Item[] = (await search(member, { q: 'Angsträume' })).body.items;
    const res = await search(anonymous, { q: 'Angsträume' });
    expect(res.status).toBe(200);
    const items: Item[] = res.body.items;
    expect(items.length).toBeGreaterThan(0);
    expect(new Set(items.map((i) => i.kind))).toEqual(new Set(['document']));
    for (const item of items) {
      expect((await anonymous.get(`/api/documents/${item.id}`)).status, item.title).toBe(200);
    }
    expect(seenByMember.length).toBeGreaterThan(items.length);

    // A pending account finds the same documents (their snippets may grow meanwhile: text extraction runs in the background).
    const pending = await signedIn(server.url, 'pending1');
    const ids = (found: Item[]) => found.map((i) => `${i.kind}:${i.id}`);
    expect(ids((await search(pending, { q: 'Angsträume' })).body.items)).toEqual(ids(items));
  });

  it('keeps members-only documents out of a visitor’s results', async () => {
    const forMember: Item[] = (await search(member, { q: 'Bürgerbefragung', kind: 'document' })).body.items;
    const forVisitor: Item[] = (await search(anonymous, { q: 'Bürgerbefragung', kind: 'document' })).body.items;
    const visible = new Set(forVisitor.map((i) => i.id));
    const membersOnly = forMember.filter((i) => !visible.has(i.id));
    expect(membersOnly.length).toBeGreaterThan(0);
    for (const item of membersOnly) expect((await anonymous.get(`/api/documents/${item.id}`)).status).toBe(404);
  });

  it('answers 400 with a message for the field when the query is empty or the cursor is not one of ours', async () => {
    for (const query of [{}, { q: '' }, { q: '  ' }] as Record<string, string>[]) {
      const res = await search(member, query);
      expect(res.status).toBe(400);
      expect(res.body.error).toMatchObject({ code: 'validation_failed', fields: { q: expect.any(String) } });
    }
    const res = await search(member, { q: 'Prävention', cursor: 'nicht-von-uns' });
    expect(res.status).toBe(400);
    expect(res.body.error.fields).toHaveProperty('cursor');
  });
});

describe('GET /api/search/suggest', () => {
  it('suggests thread titles to a member while typing', async () => {
    const res = await member.get(`/api/search/suggest?q=${encodeURIComponent('Angstr')}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeLessThanOrEqual(8);
    expect(res.body.items[0]).toMatchObject({ kind: 'thread', title: expect.stringMatching(/^Angstraum/), url: expect.stringMatching(/^\/threads\/\d+$/) });
  });

  it('suggests only public document titles to a visitor, and refuses a one-letter query', async () => {
    const res = await anonymous.get(`/api/search/suggest?q=${encodeURIComponent('Sicherheit')}`);
    expect(res.status).toBe(200);
    expect(res.body.items.length).toBeGreaterThan(0);
    for (const s of res.body.items) {
      expect(s.kind).toBe('document');
      expect((await anonymous.get(`/api/documents/${s.id}`)).status).toBe(200);
    }
    expect((await anonymous.get('/api/search/suggest?q=S')).status).toBe(400);
  });
});
