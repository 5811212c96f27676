import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { Question } from '@praxisnetz/shared';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { createSession, Probe } from '../support/live.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, type TestSocket } from '../support/sockets.ts';

let server: TestServer;
let host: ApiClient;
let alice: ApiClient;
let bob: ApiClient;
let groupId: number;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer({ LIVE_QUESTIONS_PER_MINUTE: '1000', LIVE_VOTES_PER_MINUTE: '1000', LIVE_CHAT_PER_MINUTE: '1000' });
  let admin: ApiClient;
  [admin, host, alice, bob] = await Promise.all([
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'member'),
    signedIn(server.url, 'tobias'),
  ]);
  groupId = (await createGroup(admin, ['sabine'])).id;
  await addMember(host, groupId, alice, 'member');
  await addMember(host, groupId, bob, 'tobias');
});
afterEach(() => {
  for (const s of sockets.splice(0)) s.disconnect();
});
afterAll(() => server.close());

async function probe(client: ApiClient): Promise<Probe> {
  const socket = connectSocket(server.url, client.cookie);
  sockets.push(socket);
  await connected(socket);
  return new Probe(socket);
}

/** A live session with the host and both participants in the room. */
async function room(opts: { premoderation?: boolean } = {}) {
  const id = await createSession(host, groupId, { live: true });
  if (opts.premoderation) await host.patch(`/api/sessions/${id}`, { premoderation: true });
  const [h, a, b] = await Promise.all([probe(host), probe(alice), probe(bob)]);
  await Promise.all([h.join(id), a.join(id), b.join(id)]);
  return { id, h, a, b };
}

const ask = async (client: ApiClient, sessionId: number, body: string, anonymous = false): Promise<Question> => {
  const res = await client.post(`/api/sessions/${sessionId}/questions`, { body, anonymous });
  expect(res.status).toBe(201);
  return res.body.question;
};

describe('a live room with a host and two participants', () => {
  it('shows questions, votes, the highlight, answers and chat to everyone in the room', async () => {
    const { id, h, a, b } = await room();

    const seenByBob = b.next('question:created');
    const seenByHost = h.next('question:created');
    const question = await ask(alice, id, 'Wie messen wir Kriminalitätsfurcht im Quartier?');
    expect(question).toMatchObject({ status: 'open', voteCount: 0, author: { displayName: 'Markus Seidel' } });
    expect(await seenByBob).toEqual(question);
    expect(await seenByHost).toEqual(question);

    const counted = a.next('question:voted', (counts) => counts.some((c) => c.id === question.id));
    const voted = await bob.post(`/api/questions/${question.id}/vote`);
    expect(voted.body.question.voteCount).toBe(1);
    expect(await counted).toEqual([{ id: question.id, sessionId: id, voteCount: 1, seq: voted.body.question.seq }]);
    expect((await bob.post(`/api/questions/${question.id}/vote`)).body.question.voteCount).toBe(1);

    const retracted = h.next('question:voted', (counts) => counts.some((c) => c.voteCount === 0));
    expect((await bob.delete(`/api/questions/${question.id}/vote`)).body.question.voteCount).toBe(0);
    expect((await retracted)[0]!.seq).toBeGreaterThan(question.seq);
    expect((await bob.delete(`/api/questions/${question.id}/vote`)).body.question.voteCount).toBe(0);

    const highlighted = b.next('session:updated', (s) => s.highlightedQuestionId === question.id);
    expect((await host.post(`/api/questions/${question.id}/highlight`)).status).toBe(200);
    await highlighted;

    const answered = b.next('question:updated', (q) => q.status === 'answered');
    const unhighlighted = a.next('session:updated', (s) => s.highlightedQuestionId === null);
    const res = await host.post(`/api/questions/${question.id}/answer`, { answer: 'Mit einer Befragung im Quartier.' });
    expect(res.body.question).toMatchObject({ status: 'answered', answer: 'Mit einer Befragung im Quartier.' });
    expect(await answered).toMatchObject({ id: question.id, answer: 'Mit einer Befragung im Quartier.' });
    await unhighlighted;

    const chatted = a.next('chat:message');
    const sent = await bob.post(`/api/sessions/${id}/chat`, { body: 'Danke für die Antwort!' });
    expect(sent.status).toBe(201);
    expect(await chatted).toEqual(sent.body.message);
    expect(sent.body.message.author.displayName).toBe('Tobias Reinhardt');
  });

  it('keeps a premoderated question between moderators and the asker until it is approved', async () => {
    const { id, h, a, b } = await room({ premoderation: true });
    const toHost = h.next('question:created');
    const toAsker = a.next('question:created');
    const question = await ask(alice, id, 'Gibt es Erfahrungen mit Kameras an Haltestellen?');
    expect(question.status).toBe('pending');
    expect(await toHost).toMatchObject({ id: question.id, status: 'pending' });
    expect(await toAsker).toMatchObject({ id: question.id, status: 'pending' });
    await b.flush();
    expect(b.received('question:created')).toEqual([]);
    expect((await bob.get(`/api/sessions/${id}/state`)).body.questions).toEqual([]);
    expect((await bob.post(`/api/questions/${question.id}/vote`)).status).toBe(404);

    const published = b.next('question:created');
    const approvedForAsker = a.next('question:updated', (q) => q.status === 'open');
    expect((await host.post(`/api/questions/${question.id}/approve`)).body.question.status).toBe('open');
    expect(await published).toMatchObject({ id: question.id, status: 'open' });
    await approvedForAsker;
    expect((await bob.get(`/api/sessions/${id}/state`)).body.questions.map((q: Question) => q.id)).toEqual([question.id]);
  });

  it('tells the asker why a question was dismissed while the others only see it go', async () => {
    const { id, a, b } = await room();
    const question = await ask(alice, id, 'Was kostet das alles?');
    const toAsker = a.next('question:updated', (q) => q.status === 'dismissed');
    const toOthers = b.next('question:updated', (q) => q.status === 'dismissed');
    await host.post(`/api/questions/${question.id}/dismiss`, { reason: 'Bitte im Forum unter Finanzen fragen.' });
    expect(await toAsker).toMatchObject({ dismissReason: 'Bitte im Forum unter Finanzen fragen.' });
    expect(await toOthers).toMatchObject({ id: question.id, dismissReason: null });
    expect((await alice.get(`/api/sessions/${id}/state`)).body.questions[0].dismissReason).toBe('Bitte im Forum unter Finanzen fragen.');
    expect((await bob.get(`/api/sessions/${id}/state`)).body.questions).toEqual([]);
  });

  it('merges a duplicate into another question with the voters of both', async () => {
    const { id, b } = await room();
    const first = await ask(alice, id, 'Wie beteiligen wir Jugendliche an der Analyse?');
    const duplicate = await ask(bob, id, 'Wie binden wir Jugendliche in die Analyse ein?');
    await bob.post(`/api/questions/${first.id}/vote`);
    await bob.post(`/api/questions/${duplicate.id}/vote`);
    await alice.post(`/api/questions/${duplicate.id}/vote`);
    await host.post(`/api/questions/${duplicate.id}/vote`);

    const targetSeen = b.next('question:updated', (q) => q.id === first.id && q.voteCount === 3);
    const sourceSeen = b.next('question:updated', (q) => q.id === duplicate.id && q.status === 'merged');
    const merged = await host.post(`/api/questions/${duplicate.id}/merge`, { intoId: first.id });
    expect(merged.body.question).toMatchObject({ id: first.id, voteCount: 3 });
    expect(await sourceSeen).toMatchObject({ mergedIntoId: first.id });
    await targetSeen;
    const state = (await alice.get(`/api/sessions/${id}/state`)).body;
    expect(state.questions.map((q: Question) => [q.id, q.voteCount])).toEqual([[first.id, 3]]);
    expect(state.myVotes).toContain(first.id);
  });

  it('hides the name behind an anonymous question from other participants, not from moderators or the asker', async () => {
    const { id, h, a, b } = await room();
    const toOthers = b.next('question:created');
    const toHost = h.next('question:created');
    const toAsker = a.next('question:created');
    const question = await ask(alice, id, 'Wie gehen andere Städte mit Beschwerden über Lärm um?', true);
    expect(question.author?.displayName).toBe('Markus Seidel');
    expect(await toOthers).toMatchObject({ anonymous: true, author: null });
    expect((await toHost).author?.displayName).toBe('Markus Seidel');
    expect((await toAsker).author?.displayName).toBe('Markus Seidel');

    const voteSeen = b.next('question:voted');
    await host.post(`/api/questions/${question.id}/vote`);
    expect((await voteSeen)[0]).not.toHaveProperty('author');
    expect((await bob.get(`/api/sessions/${id}/state`)).body.questions[0].author).toBeNull();
    expect((await host.get(`/api/sessions/${id}/state`)).body.questions[0].author.displayName).toBe('Markus Seidel');
  });

  it('brings a reconnecting participant back to exactly the current state', async () => {
    const { id, b } = await room();
    const early = await ask(alice, id, 'Frage vor der Unterbrechung');
    b.socket.disconnect();

    const later = await ask(alice, id, 'Frage während der Unterbrechung');
    await bob.post(`/api/questions/${early.id}/vote`);
    await host.post(`/api/questions/${later.id}/answer`, { answer: 'Schon erledigt.' });
    await host.post(`/api/questions/${early.id}/highlight`);
    await alice.post(`/api/sessions/${id}/chat`, { body: 'Hallo in die Runde' });

    const back = await probe(bob);
    const restored = await back.join(id);
    const fresh = await (await probe(bob)).join(id);
    expect({ ...restored, participants: 0 }).toEqual({ ...fresh, participants: 0 });
    expect(restored.myVotes).toEqual([early.id]);
    expect(restored.questions.map((q) => [q.id, q.status, q.voteCount])).toEqual([
      [early.id, 'open', 1],
      [later.id, 'answered', 0],
    ]);
    expect(restored.session.highlightedQuestionId).toBe(early.id);
    expect(restored.chat.map((m) => m.body)).toEqual(['Hallo in die Runde']);
  });

  it('counts the people in the room', async () => {
    const id = await createSession(host, groupId, { live: true });
    const h = await probe(host);
    expect((await h.join(id)).participants).toBe(1);
    const counted = h.next('presence:updated', (p) => p.participants === 2);
    const a = await probe(alice);
    await a.join(id);
    expect(await counted).toEqual({ sessionId: id, participants: 2 });
    const left = h.next('presence:updated', (p) => p.participants === 1);
    a.socket.disconnect();
    await left;
  });
});
