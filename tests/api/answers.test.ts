import type { Post, Thread, ThreadSummary } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, joinThread, nextEvent } from '../support/sockets.ts';

let server: TestServer;
let asker: ApiClient;
let helper: ApiClient;
let third: ApiClient;
let moderator: ApiClient;
let outsider: ApiClient;
let lead: ApiClient;
let groupCategory: string;

beforeAll(async () => {
  server = await startTestServer();
  const clients = await Promise.all(['member', 'tobias', 'frank', 'moderator', 'ole', 'sabine'].map((k) => signedIn(server.url, k)));
  [asker, helper, third, moderator, outsider, lead] = clients as [ApiClient, ApiClient, ApiClient, ApiClient, ApiClient, ApiClient];
  groupCategory = (await asker.get('/api/groups')).body.items.find((g: { slug: string }) => g.slug === 'sicherheitsaudits').categorySlug;
});
afterAll(() => server.close());

async function ask(client: ApiClient, body: Record<string, unknown> = {}) {
  const res = await client.post('/api/threads', {
    categorySlug: 'wohnungseinbruch',
    title: 'Wie messen Sie die Wirkung von Einbruchschutzberatung?',
    body: 'Wir möchten die Beratung evaluieren. Welche Kennzahlen nutzen Sie?',
    kind: 'question',
    topics: ['wohnungseinbruch'],
    ...body,
  });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.thread as Thread;
}
async function reply(client: ApiClient, threadId: number, body = 'Wir zählen die Beratungen und fragen nach einem Jahr nach.') {
  const res = await client.post(`/api/threads/${threadId}/posts`, { body });
  expect(res.status, JSON.stringify(res.body)).toBe(201);
  return res.body.post as Post;
}

describe('questions and accepted answers', () => {
  it('a question is marked as one; the asker accepts a reply, changes it, and the list shows it answered', async () => {
    const question = await ask(asker);
    expect(question).toMatchObject({ kind: 'question', acceptedPostId: null });
    expect(question.permissions.canAccept).toBe(true);
    const first = await reply(helper, question.id);
    const second = await reply(third, question.id, 'Bei uns hilft eine kurze Nachbefragung per Telefon nach sechs Monaten.');

    const accepted = await asker.post(`/api/posts/${first.id}/accept`);
    expect(accepted.status).toBe(200);
    expect(accepted.body.thread.acceptedPostId).toBe(first.id);
    expect((await asker.post(`/api/posts/${second.id}/accept`)).body.thread.acceptedPostId).toBe(second.id);

    const read = (await helper.get(`/api/threads/${question.id}`)).body.thread as Thread;
    expect(read.acceptedPostId).toBe(second.id);
    expect(read.permissions.canAccept).toBe(false);
    const list = (await helper.get('/api/categories/wohnungseinbruch/threads')).body.items as ThreadSummary[];
    expect(list.find((t) => t.id === question.id)).toMatchObject({ kind: 'question', acceptedPostId: second.id });

    const undone = await asker.delete(`/api/posts/${second.id}/accept`);
    expect(undone.body.thread.acceptedPostId).toBeNull();
  });

  it('only the asker, moderators and the group’s leads accept; bad targets are refused naming the field', async () => {
    const question = await ask(asker);
    const answer = await reply(helper, question.id);
    expect((await third.post(`/api/posts/${answer.id}/accept`)).status).toBe(403);
    expect((await moderator.post(`/api/posts/${answer.id}/accept`)).status).toBe(200);

    const opening = await asker.post(`/api/posts/${question.openingPost.id}/accept`);
    expect(opening.status).toBe(400);
    expect(opening.body.error.fields).toHaveProperty('postId');

    const other = await ask(asker, { title: 'Eine zweite Frage zur Einbruchprävention' });
    const wrongThread = await asker.post(`/api/posts/${answer.id}/accept`, { threadId: other.id });
    expect(wrongThread.status).toBe(400);
    expect(wrongThread.body.error.fields).toHaveProperty('threadId');

    const discussion = await asker.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Eine Diskussion, keine Frage', body: 'Meinungen?' });
    expect(discussion.body.thread.kind).toBe('discussion');
    const onDiscussion = await reply(helper, discussion.body.thread.id);
    expect((await asker.post(`/api/posts/${onDiscussion.id}/accept`)).status).toBe(400);

    const badKind = await asker.post('/api/threads', { categorySlug: 'wohnungseinbruch', title: 'Was für eine Art Thema?', body: 'Text', kind: 'poll' });
    expect(badKind.status).toBe(400);
    expect(badKind.body.error.fields).toHaveProperty('kind');
  });

  it('a group’s lead accepts in the group’s questions; outsiders cannot see, accept or mark them', async () => {
    const question = await ask(asker, { categorySlug: groupCategory, topics: [] });
    const answer = await reply(helper, question.id);
    expect((await outsider.post(`/api/posts/${answer.id}/accept`)).status).toBe(404);
    expect((await outsider.post(`/api/posts/${answer.id}/helpful`)).status).toBe(404);
    expect((await lead.post(`/api/posts/${answer.id}/accept`)).body.thread.acceptedPostId).toBe(answer.id);
    const open = (await outsider.get('/api/questions?status=all')).body.items as ThreadSummary[];
    expect(open.some((t) => t.id === question.id)).toBe(false);
  });
});

describe('helpful marks', () => {
  it('one per member and reply, undoable, counted and told live; not on one’s own reply', async () => {
    const question = await ask(asker);
    const answer = await reply(helper, question.id);
    const socket = connectSocket(server.url, asker.cookie);
    try {
      await connected(socket);
      expect(await joinThread(socket, question.id)).toEqual({ ok: true });
      const told = nextEvent(socket, 'post:helpful');
      const marked = await asker.post(`/api/posts/${answer.id}/helpful`);
      expect(marked.body).toMatchObject({ helpfulCount: 1, markedHelpful: true });
      expect(await told).toEqual({ postId: answer.id, threadId: question.id, helpfulCount: 1 });
    } finally {
      socket.disconnect();
    }
    expect((await asker.post(`/api/posts/${answer.id}/helpful`)).body.helpfulCount).toBe(1);
    expect((await third.post(`/api/posts/${answer.id}/helpful`)).body.helpfulCount).toBe(2);
    const own = await helper.post(`/api/posts/${answer.id}/helpful`);
    expect(own.status).toBe(400);
    expect(own.body.error.fields).toHaveProperty('postId');

    const seen = (await asker.get(`/api/threads/${question.id}`)).body.posts.items as Post[];
    expect(seen[0]).toMatchObject({ helpfulCount: 2, markedHelpful: true, lang: 'de' });
    expect(seen[0]!.permissions.canMarkHelpful).toBe(true);
    expect((await asker.delete(`/api/posts/${answer.id}/helpful`)).body).toMatchObject({ helpfulCount: 1, markedHelpful: false });
  });
});

describe('open questions', () => {
  it('lists unanswered questions, filtered by topic, city, language and one’s expertise', async () => {
    const open = await ask(asker, { title: 'Welche Schließzylinder empfehlen Sie Mietern?' });
    const answered = await ask(asker, { title: 'Welche Beratungsangebote gibt es für ältere Menschen?' });
    const answer = await reply(helper, answered.id);
    await asker.post(`/api/posts/${answer.id}/accept`);
    const english = await ask(helper, { title: 'How do you reach tenants with burglary advice?', body: 'We want to reach tenants in large estates. What works for you?' });

    const unanswered = (await third.get('/api/questions?status=unanswered')).body.items as ThreadSummary[];
    expect(unanswered.map((t) => t.id)).toEqual(expect.arrayContaining([open.id, english.id]));
    expect(unanswered.some((t) => t.id === answered.id)).toBe(false);
    expect(unanswered.every((t) => t.kind === 'question' && t.acceptedPostId === null)).toBe(true);
    expect(((await third.get('/api/questions?status=answered')).body.items as ThreadSummary[]).map((t) => t.id)).toContain(answered.id);
    expect(((await third.get('/api/questions?lang=en')).body.items as ThreadSummary[]).map((t) => t.id)).toEqual([english.id]);
    const byCity = (await third.get(`/api/questions?city=${english.author.city!.slug}`)).body.items as ThreadSummary[];
    expect(byCity.every((t) => t.author.city?.slug === english.author.city!.slug)).toBe(true);
    expect(((await third.get('/api/questions?topic=radikalisierung-polarisierung')).body.items as ThreadSummary[]).some((t) => t.id === open.id)).toBe(false);

    expect((await third.patch('/api/me', { expertise: ['wohnungseinbruch'], languages: ['de', 'en'] })).status).toBe(200);
    const mine = (await third.get('/api/questions?mine=1')).body.items as ThreadSummary[];
    expect(mine.map((t) => t.id)).toEqual(expect.arrayContaining([open.id, english.id]));

    const bad = await third.get('/api/questions?status=vielleicht');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('status');
  });
});

describe('reading', () => {
  it('lists carry unread counts; opening a thread reads it; mark all read clears them', async () => {
    const question = await ask(asker, { title: 'Gibt es Erfahrungen mit Nachbarschaftsapps?' });
    await reply(helper, question.id);
    const unreadOf = async (client: ApiClient) =>
      ((await client.get('/api/categories/wohnungseinbruch/threads')).body.items as ThreadSummary[]).find((t) => t.id === question.id)!.unreadCount;
    expect(await unreadOf(third)).toBe(2);
    expect(await unreadOf(helper)).toBe(2);

    const opened = await third.get(`/api/threads/${question.id}`);
    expect(opened.body.lastReadPostId).toBeNull();
    expect(await unreadOf(third)).toBe(0);
    const later = await reply(helper, question.id, 'Noch ein Hinweis: die Apps brauchen Moderation.');
    expect(await unreadOf(third)).toBe(1);
    expect((await third.get(`/api/threads/${question.id}`)).body.lastReadPostId).toBeLessThan(later.id);

    expect((await helper.post('/api/threads/read-all')).status).toBe(204);
    expect(await unreadOf(helper)).toBe(0);
  });
});

describe('drafts', () => {
  it('keeps a draft per composer across devices, refuses a bad key, and deletes it when posted', async () => {
    const question = await ask(asker, { title: 'Wie binden Sie Hausverwaltungen ein?' });
    const key = `reply:${question.id}`;
    const saved = await helper.put(`/api/drafts/${key}`, { body: 'Wir laden sie zweimal im Jahr' });
    expect(saved.body.draft).toMatchObject({ key, body: 'Wir laden sie zweimal im Jahr' });
    const elsewhere = await signedIn(server.url, 'tobias');
    expect((await elsewhere.get(`/api/drafts/${key}`)).body.draft.body).toBe('Wir laden sie zweimal im Jahr');
    expect((await asker.get(`/api/drafts/${key}`)).status).toBe(404);

    const bad = await helper.put('/api/drafts/notiz:1', { body: 'x' });
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('key');

    await reply(helper, question.id, 'Wir laden sie zweimal im Jahr ein.');
    expect((await helper.get(`/api/drafts/${key}`)).status).toBe(404);

    await asker.put('/api/drafts/thread:new', { title: 'Ein Entwurf', body: 'Noch nicht fertig' });
    await ask(asker, { title: 'Eine fertige Frage zum Entwurf' });
    expect((await asker.get('/api/drafts/thread:new')).status).toBe(404);
  });
});

describe('bookmarks', () => {
  it('keeps a post with a note under the account', async () => {
    const question = await ask(asker, { title: 'Welche Leuchtmittel für dunkle Wege?' });
    const answer = await reply(helper, question.id, 'Warmweiße LED, gleichmäßig, ohne Blendung.');
    expect((await third.put(`/api/posts/${answer.id}/bookmark`, { note: 'für den Bauausschuss' })).status).toBe(204);
    const kept = (await third.get('/api/me/bookmarks')).body.items;
    expect(kept[0]).toMatchObject({ postId: answer.id, threadId: question.id, note: 'für den Bauausschuss' });
    expect((await third.delete(`/api/posts/${answer.id}/bookmark`)).status).toBe(204);
    expect((await third.get('/api/me/bookmarks')).body.items).toEqual([]);
  });
});

describe('routing by expertise', () => {
  it('suggests a new question to a few members who know its topic, spread fairly, never the asker, only readers', async () => {
    // Four members no earlier question in this file was suggested to.
    const experts = await Promise.all(['lena', 'nadine', 'james', 'claire'].map((k) => signedIn(server.url, k)));
    for (const client of [...experts, asker]) await client.patch('/api/me', { expertise: ['digitale-kriminalitaet'] });
    const suggestedTo = async (threadId: number) => {
      const told = await Promise.all(
        experts.map(async (client) => ((await client.get('/api/questions?suggested=1')).body.items as ThreadSummary[]).some((t) => t.id === threadId)),
      );
      return told.flatMap((yes, i) => (yes ? [i] : []));
    };
    const first = await ask(asker, { title: 'Wie erreichen Sie Jugendliche im Stadtteil?', topics: ['digitale-kriminalitaet'] });
    const second = await ask(asker, { title: 'Welche Angebote wirken bei Mehrfachtätern?', topics: ['digitale-kriminalitaet'] });
    const [a, b] = [await suggestedTo(first.id), await suggestedTo(second.id)];
    expect(a).toHaveLength(3);
    expect(b).toHaveLength(3);
    // The expert left out the first time is among the second question's.
    expect(new Set([...a, ...b]).size).toBe(4);
    expect(((await asker.get('/api/questions?suggested=1')).body.items as ThreadSummary[]).some((t) => t.id === first.id)).toBe(false);
    const notes = (await experts[b[0]!]!.get('/api/notifications')).body.items as { kind: string; thread: { id: number } | null }[];
    expect(notes.some((n) => n.kind === 'question_for_you' && n.thread?.id === second.id)).toBe(true);

    // A group's question goes only to those who read the group: of these experts, Claire is in it.
    const inGroup = await ask(asker, { categorySlug: groupCategory, title: 'Eine Frage nur für die Gruppe', topics: ['digitale-kriminalitaet'] });
    expect(await suggestedTo(inGroup.id)).toEqual([3]);
  });
});

describe('search', () => {
  it('lists a thread once with its matching replies underneath; filters answered and unanswered questions', async () => {
    const question = await ask(asker, { title: 'Wer betreibt einen Trampolinpark als Jugendtreff?', body: 'Ein Trampolinpark soll Jugendtreff werden.' });
    const answer = await reply(helper, question.id, 'Unser Trampolinpark öffnet abends für Jugendliche.');
    await reply(third, question.id, 'Ein Trampolinpark braucht gute Betreuung.');
    await asker.post(`/api/posts/${answer.id}/accept`);
    const search = async (query: string) => (await third.get(`/api/search?q=Trampolinpark${query}`)).body;

    const all = await search('');
    expect(all.items.filter((i: { id: number }) => i.id === question.id)).toHaveLength(1);
    expect(all.items[0]).toMatchObject({ kind: 'thread', id: question.id, threadKind: 'question', answered: true });
    expect(all.items[0].matches).toHaveLength(2);
    expect(all.items.every((i: { kind: string }) => i.kind === 'thread' || i.kind === 'document')).toBe(true);
    expect((await search('&type=answered')).items.map((i: { id: number }) => i.id)).toEqual([question.id]);
    expect((await search('&type=unanswered')).items).toEqual([]);
    expect((await search('&type=discussion')).items).toEqual([]);
    const audits = (await third.get('/api/search?q=Duisburg&type=audit')).body.items;
    expect(audits[0]).toMatchObject({ kind: 'audit', url: expect.stringMatching(/^\/audits\/\d+$/) });
    const sessions = (await third.get('/api/search?q=Sprechstunde&type=session')).body.items;
    expect(sessions.length).toBeGreaterThan(0);
    expect(sessions.every((i: { kind: string; url: string }) => i.kind === 'session' && /^\/live\/\d+$/.test(i.url))).toBe(true);
    expect((await third.get('/api/search?q=Sicherheit&type=document')).body.items.every((i: { kind: string }) => i.kind === 'document')).toBe(true);
    const bad = await third.get('/api/search?q=Trampolinpark&type=umfrage');
    expect(bad.status).toBe(400);
    expect(bad.body.error.fields).toHaveProperty('type');
  });
});
