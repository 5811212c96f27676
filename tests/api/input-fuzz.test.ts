import * as shared from '@praxisnetz/shared';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket } from '../support/sockets.ts';

// Property-based: whatever arrives — any code point, lone surrogates, controls, wrong types, huge
// numbers — the answer is success or a 4xx, never a 5xx and never a dead process.

const nasty = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 40 }),
  fc.string({ unit: fc.integer({ min: 0xd800, max: 0xdfff }).map((c) => String.fromCharCode(c)), maxLength: 4 }),
  fc.string({ unit: fc.constantFrom('\u0000', '\u0007', '\u001b', '\u0085', '\u202e', '\r', '\n', '\t', 'e\u0301', '>', '[', '*', '%'), maxLength: 30 }),
  fc.constantFrom('>'.repeat(2000), '- '.repeat(2000), '1. '.repeat(1500), '*'.repeat(3000) + 'x' + '*'.repeat(3000)),
);
const anyValue = fc.oneof(nasty, fc.integer(), fc.double(), fc.constantFrom(2 ** 31, 2 ** 53, -1, 0, 1e21), fc.boolean(), fc.constant(null), fc.array(nasty, { maxLength: 3 }));

const inputSchemas = Object.entries(shared).filter(([name, value]) => /(Input|Query)$/.test(name) && typeof (value as z.ZodType)?.safeParse === 'function') as [
  string,
  z.ZodType,
][];

/** Passwords are checked like text but never normalised (a stored hash must match what its owner types). */
const SECRETS = new Set(['password', 'currentPassword', 'newPassword']);

/** Every string in a parsed value, with the name of the field it is in. */
function strings(value: unknown, field = ''): [string, string][] {
  if (typeof value === 'string') return [[field, value]];
  if (Array.isArray(value)) return value.flatMap((v) => strings(v, field));
  if (value && typeof value === 'object') return Object.entries(value).flatMap(([k, v]) => strings(v, k));
  return [];
}

describe('the shared input schemas', () => {
  it('are all found', () => {
    expect(inputSchemas.length).toBeGreaterThan(20);
  });

  it.each(inputSchemas)('%s lets through only well-formed NFC text without control characters', (_name, schema) => {
    const shape = (schema as unknown as { shape?: Record<string, unknown> }).shape ?? (schema as any).def?.in?.shape ?? {};
    const keys = Object.keys(shape);
    fc.assert(
      fc.property(keys.length ? fc.record(Object.fromEntries(keys.map((k) => [k, anyValue])), { requiredKeys: [] }) : fc.dictionary(nasty, anyValue), (input) => {
        const result = schema.safeParse(input);
        if (!result.success) return;
        for (const [field, s] of strings(result.data)) {
          expect(s.isWellFormed()).toBe(true);
          if (!SECRETS.has(field)) expect(s).toBe(s.normalize('NFC'));
          expect(s).not.toMatch(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/);
        }
      }),
      { numRuns: 200 },
    );
  });
});

let server: TestServer;
let member: ApiClient;
let moderator: ApiClient;
let admin: ApiClient;
let threadId: number;
let postId: number;
let collectionSlug: string;

beforeAll(async () => {
  server = await startTestServer({ WRITES_PER_MINUTE: '100000', LIVE_QUESTIONS_PER_MINUTE: '100000', LIVE_CHAT_PER_MINUTE: '100000', APPLICATIONS_PER_HOUR: '100000' });
  [member, moderator, admin] = await Promise.all([signedIn(server.url, 'member'), signedIn(server.url, 'moderator'), signedIn(server.url, 'admin')]);
  threadId = (await member.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Fuzz-Ziel', body: 'Start' })).body.thread.id;
  postId = (await member.post(`/api/threads/${threadId}/posts`, { body: 'Antwort' })).body.post.id;
  collectionSlug = (await moderator.post('/api/collections', { title: 'Fuzz-Sammlung' })).body.collection.slug;
});
afterAll(() => server.close());

describe('every endpoint under random input', () => {
  const endpoints: { who: 'member' | 'moderator' | 'admin' | 'visitor'; method: string; path: string; fields: string[] }[] = [
    { who: 'member', method: 'POST', path: '/api/threads', fields: ['categorySlug', 'title', 'body', 'attachments', 'topics', 'kind', 'lang'] },
    { who: 'member', method: 'PATCH', path: '/api/threads/:thread', fields: ['title', 'topics'] },
    { who: 'member', method: 'POST', path: '/api/threads/:thread/posts', fields: ['body', 'attachments'] },
    { who: 'member', method: 'PATCH', path: '/api/posts/:post', fields: ['body', 'attachments'] },
    { who: 'member', method: 'POST', path: '/api/markdown/preview', fields: ['body'] },
    { who: 'member', method: 'PATCH', path: '/api/me', fields: ['displayName', 'citySlug', 'bio', 'locale', 'office', 'expertise', 'languages', 'showEmail'] },
    { who: 'moderator', method: 'POST', path: '/api/posts/:post/accept', fields: ['threadId'] },
    { who: 'moderator', method: 'POST', path: '/api/posts/:post/helpful', fields: [] },
    { who: 'member', method: 'PUT', path: '/api/drafts/reply::thread', fields: ['body', 'title'] },
    { who: 'member', method: 'PUT', path: '/api/posts/:post/bookmark', fields: ['note'] },
    { who: 'member', method: 'GET', path: '/api/questions', fields: ['status', 'topic', 'city', 'group', 'lang', 'mine', 'suggested', 'cursor'] },
    { who: 'member', method: 'GET', path: '/api/members', fields: ['q', 'city', 'expertise', 'language', 'cursor'] },
    { who: 'member', method: 'GET', path: '/api/threads', fields: ['scope', 'cursor'] },
    { who: 'member', method: 'GET', path: '/api/threads/:thread', fields: ['cursor', 'sort'] },
    { who: 'member', method: 'PUT', path: '/api/me/locale', fields: ['locale'] },
    { who: 'visitor', method: 'POST', path: '/api/auth/login', fields: ['email', 'password'] },
    { who: 'moderator', method: 'POST', path: '/api/groups', fields: ['name', 'description', 'leadEmails'] },
    { who: 'moderator', method: 'POST', path: '/api/cities', fields: ['name', 'state', 'country'] },
    { who: 'admin', method: 'POST', path: '/api/topics', fields: ['slug', 'name', 'position'] },
    { who: 'moderator', method: 'POST', path: '/api/collections', fields: ['title', 'intro', 'topic'] },
    { who: 'moderator', method: 'POST', path: '/api/collections/:collection/entries', fields: ['targetType', 'targetId', 'note'] },
    { who: 'moderator', method: 'PATCH', path: '/api/collections/:collection/entries/1', fields: ['note', 'position'] },
    { who: 'member', method: 'GET', path: '/api/collections', fields: ['topic'] },
    { who: 'member', method: 'POST', path: '/api/audits', fields: ['citySlug', 'title', 'fieldworkFrom', 'fieldworkTo', 'mode', 'sampleSize', 'responseRate', 'questionnaire', 'licence', 'visibility', 'groupId', 'minN', 'reportDocumentId'] },
    { who: 'member', method: 'GET', path: '/api/audits/compare', fields: ['indicator', 'year'] },
    { who: 'member', method: 'GET', path: '/api/audits/1/map.svg', fields: ['indicator', 'year', 'view', 'lang'] },
    { who: 'moderator', method: 'PATCH', path: '/api/audits/1', fields: ['title', 'fieldworkFrom', 'fieldworkTo', 'mode', 'sampleSize', 'responseRate', 'visibility', 'groupId', 'minN', 'reportDocumentId'] },
    { who: 'member', method: 'POST', path: '/api/indicators', fields: ['citySlug', 'name', 'nameEn', 'mapsTo', 'kind', 'categories', 'headline'] },
    { who: 'member', method: 'GET', path: '/api/audits', fields: ['q'] },
    { who: 'member', method: 'GET', path: '/api/audits/1/trend', fields: ['indicator', 'lang'] },
    { who: 'moderator', method: 'GET', path: '/api/audits/1/uploads/1', fields: ['mapping'] },
    { who: 'moderator', method: 'POST', path: '/api/audits/1/uploads/1/import', fields: ['mapping'] },
    { who: 'moderator', method: 'POST', path: '/api/questions/1/merge', fields: ['intoId'] },
    { who: 'moderator', method: 'POST', path: '/api/groups/1/sessions', fields: ['title', 'description', 'startsAt', 'endsAt', 'audience'] },
    { who: 'member', method: 'GET', path: '/api/search', fields: ['q', 'kind', 'type', 'category', 'topic', 'group', 'city', 'year', 'from', 'to', 'lang', 'cursor'] },
    { who: 'member', method: 'GET', path: '/api/documents', fields: ['type', 'city', 'year', 'language', 'topic', 'group', 'owner', 'sort', 'cursor'] },
    { who: 'member', method: 'GET', path: '/api/categories/wohnungseinbruch/threads', fields: ['cursor', 'topic'] },
    { who: 'member', method: 'GET', path: '/api/topics/wohnungseinbruch/threads', fields: ['cursor'] },
    { who: 'member', method: 'GET', path: '/api/threads/:thread/changes', fields: ['since'] },
    { who: 'member', method: 'GET', path: '/api/sessions', fields: ['scope', 'group', 'q'] },
    { who: 'visitor', method: 'POST', path: '/api/applications', fields: ['cityName', 'state', 'country', 'population', 'office', 'contactName', 'email', 'motivation', 'heardFrom', 'consent', 'locale', 'website', 'formStartedAt'] },
    { who: 'admin', method: 'POST', path: '/api/applications/1/reject', fields: ['reason'] },
    { who: 'visitor', method: 'POST', path: '/api/auth/register', fields: ['email', 'password', 'displayName', 'citySlug', 'privacyVersion', 'invitation'] },
    { who: 'member', method: 'POST', path: '/api/privacy-notice/accept', fields: ['version'] },
    { who: 'member', method: 'POST', path: '/api/projects', fields: ['title', 'programme', 'topic', 'startsOn', 'endsOn', 'leadOrganisation', 'leadCity', 'partnerCities', 'aims', 'results', 'documentIds', 'contact', 'website'] },
    { who: 'visitor', method: 'GET', path: '/api/projects', fields: ['programme', 'topic', 'status', 'city', 'proposed'] },
    { who: 'member', method: 'POST', path: '/api/practices', fields: ['title', 'summary', 'topic', 'targetGroups', 'settings', 'city', 'language', 'problem', 'measures', 'evaluationDesign', 'evidenceLevel', 'emmie', 'threadIds', 'documentIds', 'auditIds', 'draft'] },
    { who: 'member', method: 'PUT', path: '/api/practices/1', fields: ['title', 'summary', 'targetGroups', 'settings', 'language', 'problem', 'measures', 'evaluationDesign', 'evidenceLevel', 'emmie'] },
    { who: 'moderator', method: 'POST', path: '/api/practices/1/reviews', fields: ['body', 'requestChanges'] },
    { who: 'visitor', method: 'GET', path: '/api/practices', fields: ['evidence', 'topic', 'targetGroup', 'setting', 'city', 'language', 'q', 'status'] },
    { who: 'admin', method: 'PUT', path: '/api/cities/augsburg/profile', fields: ['council', 'contact', 'website', 'latitude', 'longitude'] },
    { who: 'member', method: 'DELETE', path: '/api/me', fields: ['password', 'confirmation'] },
  ];

  // One test per endpoint (`:thread`, `:post`, `:collection`: made before the tests): each gets its own time, and a failure names it.
  for (const e of endpoints) {
    it(`${e.method} ${e.path} answers success or 4xx, never 5xx`, async () => {
      const client = e.who === 'visitor' ? new ApiClient(server.url) : { member, moderator, admin }[e.who];
      const path = e.path.replace(':thread', String(threadId)).replace(':post', String(postId)).replace(':collection', collectionSlug);
      await fc.assert(
        fc.asyncProperty(fc.record(Object.fromEntries(e.fields.map((f) => [f, anyValue])), { requiredKeys: [] }), async (input) => {
          const res =
            e.method === 'GET'
              ? await client.get(`${path}?${new URLSearchParams(Object.entries(input).map(([k, v]) => [k, String(v)]))}`)
              : await client.request(e.method, path, input);
          if (res.status >= 500) throw new Error(`${e.method} ${path} answered ${res.status} to ${JSON.stringify(input)}`);
          if (res.status === 400 && !res.body.error.fields) throw new Error(`${e.method} ${path} refused ${JSON.stringify(input)} without naming a field: ${res.body.error.message}`);
        }),
        { numRuns: 25 },
      );
      expect((await fetch(`${server.url}/api/health`)).status).toBe(200);
    });
  }

  it('answers random raw paths below /api and /files with success or 4xx', async () => {
    const segment = fc.oneof(
      fc.string({ unit: 'binary', maxLength: 12 }).map(encodeURIComponent),
      fc.constantFrom('%FF', '%E0%A4%A', '%00', '%C0%80', '..', '%2e%2e', '99999999999999999999', '-1', '1e3'),
    );
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('/api/threads/', '/api/posts/', '/api/drafts/', '/api/users/', '/api/documents/', '/files/', '/api/sessions/', '/api/groups/', '/api/collections/', '/api/audits/', '/calendar/', '/api/projects/', '/api/practices/', '/api/applications/', '/api/invitations/', '/api/cities/'), segment, async (prefix, rest) => {
        const res = await fetch(server.url + prefix + rest, { headers: { cookie: member.cookie } });
        if (res.status >= 500) throw new Error(`${prefix}${rest} answered ${res.status}`);
      }),
      { numRuns: 150 },
    );
  });

  it('acks socket events with random payloads without an internal error', async () => {
    const socket = connectSocket(server.url, member.cookie);
    await connected(socket);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('thread:join', 'category:join', 'live:join'), anyValue, async (event, payload) => {
        const ack = (await socket.timeout(5000).emitWithAck(event as 'thread:join', payload as number)) as { ok: boolean; code?: string };
        expect(ack.ok || ack.code !== 'internal').toBe(true);
      }),
      { numRuns: 120 },
    );
    for (const event of ['thread:leave', 'category:leave', 'live:leave'] as const) socket.emit(event, '\u0000' as never);
    socket.close();
    // The fuzzing socket has spent its join budget; a fresh one shows the server still serves.
    const fresh = connectSocket(server.url, member.cookie);
    await connected(fresh);
    expect(await fresh.emitWithAck('thread:join', threadId)).toEqual({ ok: true });
    fresh.close();
  });
});
