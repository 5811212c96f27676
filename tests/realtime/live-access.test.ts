import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { createSession, Probe } from '../support/live.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, type TestSocket } from '../support/sockets.ts';

let server: TestServer;
let admin: ApiClient;
let host: ApiClient;
let member: ApiClient;
let outsider: ApiClient;
let groupId: number;
const sockets: TestSocket[] = [];

beforeAll(async () => {
  server = await startTestServer();
  [admin, host, member, outsider] = await Promise.all([
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'member'),
    signedIn(server.url, 'lena'),
  ]);
  groupId = (await createGroup(admin, ['sabine'])).id;
  await addMember(host, groupId, member, 'member');
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

async function userId(client: ApiClient): Promise<number> {
  return (await client.get('/api/me')).body.user.id;
}

describe('who may enter a live room', () => {
  it('keeps people outside the group out of a group session, as if it did not exist', async () => {
    const id = await createSession(host, groupId, { live: true });
    const socket = await probe(outsider);
    expect(await socket.socket.emitWithAck('live:join', id)).toEqual({ ok: false, code: 'not_found' });
    expect((await outsider.get(`/api/sessions/${id}`)).status).toBe(404);
    expect((await outsider.post(`/api/sessions/${id}/questions`, { body: 'Darf ich?' })).status).toBe(404);
  });

  it('opens a network session to every active member', async () => {
    const id = await createSession(host, groupId, { live: true, audience: 'network' });
    const state = await (await probe(outsider)).join(id);
    expect(state).toMatchObject({ session: { id, audience: 'network' }, canModerate: false, questions: [] });
    expect((await outsider.post(`/api/sessions/${id}/questions`, { body: 'Eine Frage von außen' })).status).toBe(201);
  });

  it('turns away accounts still waiting for approval', async () => {
    const id = await createSession(host, groupId, { live: true, audience: 'network' });
    const pending = await signedIn(server.url, 'pending1');
    const socket = await probe(pending);
    expect(await socket.socket.emitWithAck('live:join', id)).toEqual({ ok: false, code: 'account_pending' });
    expect((await pending.get(`/api/sessions/${id}/state`)).status).toBe(403);
  });

  it('answers an unknown session or a malformed id with a refusal', async () => {
    const socket = await probe(member);
    expect(await socket.socket.emitWithAck('live:join', 999_999)).toEqual({ ok: false, code: 'not_found' });
    expect(await socket.socket.emitWithAck('live:join', 'eins' as unknown as number)).toEqual({ ok: false, code: 'validation_failed' });
  });

  it('lets moderators of the network into every group room as moderators', async () => {
    const id = await createSession(host, groupId, { live: true });
    const moderator = await signedIn(server.url, 'moderator');
    expect((await (await probe(moderator)).join(id)).canModerate).toBe(true);
  });
});

describe('taking someone out of a room', () => {
  it('takes a member removed from the group out of its rooms at once', async () => {
    const frank = await signedIn(server.url, 'frank');
    await addMember(host, groupId, frank, 'frank');
    const id = await createSession(host, groupId, { live: true });
    const [removed, staying] = await Promise.all([probe(frank), probe(member)]);
    await Promise.all([removed.join(id), staying.join(id)]);
    const question = (await member.post(`/api/sessions/${id}/questions`, { body: 'Noch jemand da?' })).body.question;

    const told = removed.next('live:removed', (r) => r.sessionId === id);
    expect((await host.delete(`/api/groups/${groupId}/members/${await userId(frank)}`)).status).toBe(204);
    expect(await told).toEqual({ sessionId: id });

    const seenByStaying = staying.next('question:voted', (counts) => counts.some((c) => c.voteCount === 1));
    await host.post(`/api/questions/${question.id}/vote`);
    await seenByStaying;
    expect(await removed.socket.emitWithAck('live:join', id)).toEqual({ ok: false, code: 'not_found' });
    expect(removed.received('question:voted')).toEqual([]);
    expect((await frank.post(`/api/sessions/${id}/questions`, { body: 'Und jetzt?' })).status).toBe(404);
  });

  it('disconnects a suspended member at once', async () => {
    const nadine = await signedIn(server.url, 'nadine');
    const id = await createSession(host, groupId, { live: true, audience: 'network' });
    const room = await probe(nadine);
    await room.join(id);
    const gone = new Promise<string>((resolve) => room.socket.once('disconnect', resolve));
    const moderator = await signedIn(server.url, 'moderator');
    expect((await moderator.post(`/api/users/${await userId(nadine)}/suspend`, { reason: 'Wiederholt beleidigend' })).status).toBe(200);
    expect(await gone).toBe('io server disconnect');
    const again = connectSocket(server.url, nadine.cookie);
    sockets.push(again);
    await expect(connected(again)).rejects.toThrow();
  });
});
