import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { LiveSession, ModerationEntry, Question } from '@praxisnetz/shared';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { createSession } from '../support/live.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let admin: ApiClient;
let host: ApiClient;
let member: ApiClient;
let outsider: ApiClient;
let groupId: number;
let groupCategory: string;

beforeAll(async () => {
  server = await startTestServer({ LIVE_QUESTIONS_PER_MINUTE: '1000', LIVE_VOTES_PER_MINUTE: '1000', LIVE_CHAT_PER_MINUTE: '1000' });
  [admin, host, member, outsider] = await Promise.all([
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'member'),
    signedIn(server.url, 'lena'),
  ]);
  const group = await createGroup(admin, ['sabine']);
  groupId = group.id;
  groupCategory = group.categorySlug;
  await addMember(host, groupId, member, 'member');
});
afterAll(() => server.close());

const ask = async (sessionId: number, body: string, client = member): Promise<Question> =>
  (await client.post(`/api/sessions/${sessionId}/questions`, { body })).body.question;

/** A session that ran and ended, with one answered and one open question. */
async function endedSession(title = 'Rückblick Sicherheitsaudit') {
  const id = await createSession(host, groupId, { live: true, title });
  const answered = await ask(id, 'Wer führt das Audit mit der Fahrradstaffel durch?');
  const open = await ask(id, 'Welche Daten braucht die *Polizei* dafür? <b>dringend</b>');
  await host.post(`/api/questions/${answered.id}/answer`, { answer: 'Das Ordnungsamt, gemeinsam mit der Polizei.' });
  await host.post(`/api/sessions/${id}/end`);
  return { id, answered, open };
}

describe('scheduling sessions', () => {
  it('lets a lead schedule a session for the group, hosted by the lead', async () => {
    const startsAt = new Date(Date.now() + 86_400_000).toISOString();
    const endsAt = new Date(Date.now() + 90_000_000).toISOString();
    const res = await host.post(`/api/groups/${groupId}/sessions`, { title: 'Sprechstunde Kriminalprävention', startsAt, endsAt, audience: 'group' });
    expect(res.status).toBe(201);
    expect(res.body.session).toMatchObject({
      title: 'Sprechstunde Kriminalprävention',
      description: '',
      status: 'scheduled',
      premoderation: false,
      group: { id: groupId },
      host: { displayName: 'Sabine Krüger' },
      startsAt,
    });
    const read = await member.get(`/api/sessions/${res.body.session.id}`);
    expect(read.body).toEqual({ session: res.body.session, canModerate: false });
    expect((await host.get(`/api/sessions/${res.body.session.id}`)).body.canModerate).toBe(true);
  });

  it('refuses scheduling by members who do not lead the group, and for unknown groups', async () => {
    const body = { title: 'Nicht erlaubt hier', startsAt: new Date().toISOString(), endsAt: new Date(Date.now() + 1000).toISOString(), audience: 'group' };
    expect((await member.post(`/api/groups/${groupId}/sessions`, body)).status).toBe(403);
    expect((await host.post('/api/groups/999999/sessions', body)).status).toBe(404);
  });

  it('names the fields of an invalid session', async () => {
    const res = await host.post(`/api/groups/${groupId}/sessions`, {
      title: 'Kurz',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T09:00:00Z',
      audience: 'everyone',
    });
    expect(res.status).toBe(400);
    expect(Object.keys(res.body.error.fields)).toEqual(expect.arrayContaining(['title', 'audience']));
    const reversed = await host.post(`/api/groups/${groupId}/sessions`, {
      title: 'Falsch herum geplant',
      startsAt: '2030-01-01T10:00:00Z',
      endsAt: '2030-01-01T09:00:00Z',
      audience: 'group',
    });
    expect(reversed.body.error.fields).toHaveProperty('endsAt');
  });

  it('lists upcoming and past sessions the reader may see', async () => {
    const groupOnly = await createSession(host, groupId, { title: 'Nur für die Gruppe' });
    const open = await createSession(host, groupId, { title: 'Für das ganze Netzwerk', audience: 'network' });
    const { id: past } = await endedSession('Schon vorbei');
    const upcomingForMember = (await member.get(`/api/sessions?scope=upcoming&group=${groupId}`)).body.items as LiveSession[];
    expect(upcomingForMember.map((s) => s.id)).toEqual(expect.arrayContaining([groupOnly, open]));
    expect(upcomingForMember.map((s) => s.id)).not.toContain(past);
    const upcomingForOutsider = (await outsider.get(`/api/sessions?group=${groupId}`)).body.items as LiveSession[];
    expect(upcomingForOutsider.map((s) => s.id)).toContain(open);
    expect(upcomingForOutsider.map((s) => s.id)).not.toContain(groupOnly);
    const pastForMember = (await member.get('/api/sessions?scope=past')).body.items as LiveSession[];
    expect(pastForMember.map((s) => s.id)).toContain(past);
    expect((await member.get('/api/sessions?scope=soon')).status).toBe(400);
  });

  it('hides a group session from outsiders and answers bad ids with 404', async () => {
    const id = await createSession(host, groupId);
    expect((await outsider.get(`/api/sessions/${id}`)).status).toBe(404);
    expect((await outsider.get(`/api/sessions/${id}/state`)).status).toBe(404);
    expect((await member.get('/api/sessions/abc')).status).toBe(404);
    expect((await member.get('/api/sessions/999999')).status).toBe(404);
    expect((await member.post('/api/questions/999999/vote')).status).toBe(404);
  });

  it('changes a session for its moderators only, keeps what is not given and logs premoderation', async () => {
    const id = await createSession(host, groupId);
    expect((await member.patch(`/api/sessions/${id}`, { title: 'Übernommen von mir' })).status).toBe(403);
    const res = await host.patch(`/api/sessions/${id}`, { title: 'Neuer Titel der Runde', premoderation: true });
    expect(res.body.session).toMatchObject({ title: 'Neuer Titel der Runde', description: 'Offene Runde', premoderation: true });
    const log = (await host.get(`/api/sessions/${id}/log`)).body.items as ModerationEntry[];
    expect(log.map((e) => e.action)).toEqual(['session.update', 'session.premoderation', 'session.create']);
    expect(log[1]).toMatchObject({ actor: { displayName: 'Sabine Krüger', city: { slug: expect.any(String) } }, details: { premoderation: true } });
    expect((await member.get(`/api/sessions/${id}/log`)).status).toBe(403);
  });

  it('moves a session through its states only in order', async () => {
    const id = await createSession(host, groupId);
    expect((await host.post(`/api/sessions/${id}/end`)).status).toBe(409);
    expect((await host.post(`/api/sessions/${id}/archive`)).status).toBe(409);
    expect((await host.post(`/api/sessions/${id}/start`)).body.session.status).toBe('live');
    expect((await host.post(`/api/sessions/${id}/start`)).status).toBe(409);
    expect((await member.post(`/api/sessions/${id}/end`)).status).toBe(403);
    expect((await host.post(`/api/sessions/${id}/end`)).body.session.status).toBe('ended');
    expect((await member.post(`/api/sessions/${id}/questions`, { body: 'Zu spät?' })).status).toBe(409);
    expect((await member.post(`/api/sessions/${id}/chat`, { body: 'Zu spät?' })).status).toBe(409);
  });
});

describe('questions', () => {
  it('takes questions before the session starts', async () => {
    const id = await createSession(host, groupId);
    expect((await member.post(`/api/sessions/${id}/questions`, { body: 'Vorab: gibt es Folien?' })).status).toBe(201);
  });

  it('refuses empty, too long and malformed input', async () => {
    const id = await createSession(host, groupId, { live: true });
    expect((await member.post(`/api/sessions/${id}/questions`, { body: '   ' })).status).toBe(400);
    expect((await member.post(`/api/sessions/${id}/questions`, { body: '\u202E\u200B' })).body.error.fields).toHaveProperty('body');
    expect((await member.post(`/api/sessions/${id}/questions`, { body: 'x'.repeat(501) })).body.error.fields).toHaveProperty('body');
    expect((await member.post(`/api/sessions/${id}/questions`, { body: 'x'.repeat(500) })).status).toBe(201);
    expect((await member.post(`/api/sessions/${id}/chat`, { body: 'y'.repeat(501) })).status).toBe(400);
    const q = await ask(id, 'Was ist mit Dismiss ohne Grund?');
    expect((await host.post(`/api/questions/${q.id}/dismiss`, {})).body.error.fields).toHaveProperty('reason');
    expect((await host.post(`/api/questions/${q.id}/merge`, { intoId: q.id })).body.error.fields).toHaveProperty('intoId');
    expect((await host.post(`/api/questions/${q.id}/merge`, { intoId: 999999 })).body.error.fields).toHaveProperty('intoId');
    expect((await host.post(`/api/questions/${q.id}/answer`, { answer: 'z'.repeat(2001) })).status).toBe(400);
  });

  it('keeps questions as plain text without direction-changing characters, and refuses control characters', async () => {
    const id = await createSession(host, groupId, { live: true });
    const q = await ask(id, '  <script>alert(1)</script> **fett**\u202E gespiegelt  ');
    expect(q.body).toBe('<script>alert(1)</script> **fett** gespiegelt');
    const refused = await member.post(`/api/sessions/${id}/questions`, { body: 'Klingel\u0007' });
    expect(refused.status).toBe(400);
    expect(refused.body.error.fields).toHaveProperty('body');
  });

  it('refuses moderation by participants and changes in the wrong state', async () => {
    const id = await createSession(host, groupId, { live: true });
    const q = await ask(id, 'Wer moderiert hier eigentlich?');
    expect((await member.post(`/api/questions/${q.id}/answer`, {})).status).toBe(403);
    expect((await member.post(`/api/questions/${q.id}/highlight`)).status).toBe(403);
    expect((await host.post(`/api/questions/${q.id}/approve`)).status).toBe(409);
    expect((await host.post(`/api/questions/${q.id}/answer`, {})).body.question).toMatchObject({ status: 'answered', answer: null });
    expect((await host.post(`/api/questions/${q.id}/answer`, {})).status).toBe(409);
    expect((await member.post(`/api/questions/${q.id}/vote`)).status).toBe(409);
    expect((await host.post(`/api/questions/${q.id}/highlight`)).status).toBe(409);
    expect((await host.post(`/api/questions/${q.id}/thread`)).status).toBe(409);
  });

  it('logs every moderator action on a question, with the asker', async () => {
    const id = await createSession(host, groupId, { live: true });
    const a = await ask(id, 'Erste Frage zum Protokoll');
    const b = await ask(id, 'Zweite Frage zum Protokoll');
    const c = await ask(id, 'Dritte Frage zum Protokoll');
    await host.post(`/api/questions/${a.id}/highlight`);
    await host.delete(`/api/questions/${a.id}/highlight`);
    await host.post(`/api/questions/${a.id}/answer`, { answer: 'Ja.' });
    await host.post(`/api/questions/${b.id}/merge`, { intoId: c.id });
    await host.post(`/api/questions/${c.id}/dismiss`, { reason: 'Doppelt.' });
    const log = (await host.get(`/api/sessions/${id}/log`)).body.items as ModerationEntry[];
    expect(log.slice(0, 5).map((e) => [e.action, e.questionId])).toEqual([
      ['question.dismiss', c.id],
      ['question.merge', b.id],
      ['question.answer', a.id],
      ['question.unhighlight', a.id],
      ['question.highlight', a.id],
    ]);
    expect(log[0]).toMatchObject({ targetUser: { displayName: 'Markus Seidel' }, details: { reason: 'Doppelt.' } });
  });

  it('merges two questions into each other at the same moment without a deadlock: one merge wins, the other gets 409', async () => {
    const id = await createSession(host, groupId, { live: true });
    const moderator = await signedIn(server.url, 'moderator');
    for (let round = 0; round < 5; round++) {
      const a = await ask(id, `Doppelte Frage A ${round}`);
      const b = await ask(id, `Doppelte Frage B ${round}`);
      const answers = await Promise.all([
        host.post(`/api/questions/${a.id}/merge`, { intoId: b.id }),
        moderator.post(`/api/questions/${b.id}/merge`, { intoId: a.id }),
      ]);
      expect(answers.map((r) => r.status).sort()).toEqual([200, 409]);
    }
  });

  it('counts every vote exactly when many arrive at once', async () => {
    const id = await createSession(host, groupId, { live: true, audience: 'network' });
    const q = await ask(id, 'Wie viele stimmen gleichzeitig ab?');
    const keys = ['admin', 'moderator', 'moderator2', 'sabine', 'tobias', 'lena', 'frank', 'nadine', 'ole', 'henrik'];
    const voters = await Promise.all(keys.map((k) => signedIn(server.url, k)));
    await Promise.all(voters.flatMap((v) => [v.post(`/api/questions/${q.id}/vote`), v.post(`/api/questions/${q.id}/vote`)]));
    expect((await member.get(`/api/sessions/${id}/state`)).body.questions[0].voteCount).toBe(10);
    await Promise.all(voters.slice(0, 4).map((v) => v.delete(`/api/questions/${q.id}/vote`)));
    expect((await member.get(`/api/sessions/${id}/state`)).body.questions[0].voteCount).toBe(6);
  });
});

describe('after the session', () => {
  it('archives an ended session into one searchable thread: answered questions with answers, then the open ones', async () => {
    const { id, answered, open } = await endedSession();
    const res = await host.post(`/api/sessions/${id}/archive`);
    expect(res.status).toBe(200);
    const threadId = res.body.threadId as number;
    const { thread } = (await member.get(`/api/threads/${threadId}`)).body;
    expect(thread).toMatchObject({ title: 'Fragen und Antworten: Rückblick Sicherheitsaudit', category: { slug: groupCategory } });
    const html = thread.openingPost.bodyHtml as string;
    const order = [answered.body.slice(0, 20), 'Das Ordnungsamt, gemeinsam mit der Polizei.', 'Welche Daten braucht die'].map((t) => html.indexOf(t));
    expect(order.every((i) => i >= 0)).toBe(true);
    expect(order).toEqual([...order].sort((a, b) => a - b));
    expect(html).toContain('*Polizei*');
    expect(html).toContain('&lt;b&gt;dringend&lt;/b&gt;');
    expect(open.body).toContain('<b>');

    const session = (await member.get(`/api/sessions/${id}`)).body.session;
    expect(session).toMatchObject({ status: 'archived', archivedThreadId: threadId });
    expect((await host.post(`/api/sessions/${id}/archive`)).status).toBe(409);
    const found = (await member.get('/api/search?q=Fahrradstaffel')).body.items as { url: string; title: string }[];
    expect(found).toContainEqual(expect.objectContaining({ url: `/threads/${threadId}`, title: thread.title }));
    expect((await outsider.get(`/api/threads/${threadId}`)).status).toBe(404);
  });

  it('archives once when two moderators archive at the same moment: one answer is 409 and one thread exists', async () => {
    const { id } = await endedSession('Gleichzeitig archiviert');
    const answers = await Promise.all([host.post(`/api/sessions/${id}/archive`), admin.post(`/api/sessions/${id}/archive`)]);
    expect(answers.map((a) => a.status).sort()).toEqual([200, 409]);
    const threads = (await member.get(`/api/categories/${groupCategory}/threads`)).body.items as { title: string }[];
    expect(threads.filter((t) => t.title === 'Fragen und Antworten: Gleichzeitig archiviert')).toHaveLength(1);
  });

  it('archives into a chosen public category when asked', async () => {
    const { id } = await endedSession('Öffentlicher Rückblick');
    const category = (await host.get('/api/categories')).body.items[0].slug;
    const { threadId } = (await host.post(`/api/sessions/${id}/archive`, { categorySlug: category })).body;
    expect((await outsider.get(`/api/threads/${threadId}`)).body.thread.category.slug).toBe(category);
  });

  it('turns an open question into a forum question once, for its asker or a moderator', async () => {
    const id = await createSession(host, groupId, { live: true, title: 'Runde mit offenen Fragen' });
    const q = await ask(id, 'Wie evaluieren wir Präventionsräte?');
    const other = await signedIn(server.url, 'tobias');
    await addMember(host, groupId, other, 'tobias');
    expect((await other.post(`/api/questions/${q.id}/thread`)).status).toBe(403);
    const res = await member.post(`/api/questions/${q.id}/thread`);
    expect(res.status).toBe(201);
    const { thread } = (await member.get(`/api/threads/${res.body.threadId}`)).body;
    expect(thread.title).toBe('Wie evaluieren wir Präventionsräte?');
    expect(thread.openingPost.body).toContain('Runde mit offenen Fragen');
    expect((await member.post(`/api/questions/${q.id}/thread`)).status).toBe(409);
    const state = (await member.get(`/api/sessions/${id}/state`)).body;
    expect(state.questions[0].forumThreadId).toBe(res.body.threadId);
  });
});
