import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { createGroup } from '../support/groups.ts';
import { createSession } from '../support/live.ts';
import { startTestServer, type TestServer } from '../support/server.ts';

let server: TestServer;
let host: ApiClient;
let member: ApiClient;
let sessionId: number;

beforeAll(async () => {
  server = await startTestServer({ LIVE_QUESTIONS_PER_MINUTE: '2', LIVE_VOTES_PER_MINUTE: '3', LIVE_CHAT_PER_MINUTE: '2' });
  const admin = await signedIn(server.url, 'admin');
  [host, member] = await Promise.all([signedIn(server.url, 'sabine'), signedIn(server.url, 'member')]);
  const group = await createGroup(admin, ['sabine']);
  sessionId = await createSession(host, group.id, { live: true, audience: 'network' });
});
afterAll(() => server.close());

function expectRateLimited(res: { status: number; body: any; headers: Headers }, what: RegExp) {
  expect(res.status).toBe(429);
  expect(res.body.error.code).toBe('rate_limited');
  expect(res.body.error.message).toMatch(what);
  expect(res.body.error.message).toMatch(/try again in \d+ seconds/);
  expect(Number(res.headers.get('retry-after'))).toBeGreaterThan(0);
}

describe('per-person limits in a live room', () => {
  it('stops a flood of questions with a message that says when to try again', async () => {
    for (const n of [1, 2]) expect((await member.post(`/api/sessions/${sessionId}/questions`, { body: `Frage Nummer ${n}` })).status).toBe(201);
    expectRateLimited(await member.post(`/api/sessions/${sessionId}/questions`, { body: 'Frage Nummer 3' }), /questions/);
    expect((await host.post(`/api/sessions/${sessionId}/questions`, { body: 'Die Gastgeberin darf noch' })).status).toBe(201);
  });

  it('counts votes and their retractions', async () => {
    const question = (await host.post(`/api/sessions/${sessionId}/questions`, { body: 'Abstimmen bitte' })).body.question;
    expect((await member.post(`/api/questions/${question.id}/vote`)).status).toBe(200);
    expect((await member.delete(`/api/questions/${question.id}/vote`)).status).toBe(200);
    expect((await member.post(`/api/questions/${question.id}/vote`)).status).toBe(200);
    expectRateLimited(await member.delete(`/api/questions/${question.id}/vote`), /votes/);
    expect((await member.get(`/api/sessions/${sessionId}/state`)).body.myVotes).toEqual([question.id]);
  });

  it('limits chat messages', async () => {
    for (const n of [1, 2]) expect((await member.post(`/api/sessions/${sessionId}/chat`, { body: `Hallo ${n}` })).status).toBe(201);
    expectRateLimited(await member.post(`/api/sessions/${sessionId}/chat`, { body: 'Hallo 3' }), /chat messages/);
  });
});
