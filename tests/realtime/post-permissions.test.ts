import type { Post } from '@praxisnetz/shared';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type ApiClient, signedIn } from '../support/client.ts';
import { addMember, createGroup } from '../support/groups.ts';
import { startTestServer, type TestServer } from '../support/server.ts';
import { connected, connectSocket, nextEvent, type TestSocket } from '../support/sockets.ts';

// The server says what each reader may do with a post; the web shows controls from that alone.

let server: TestServer;
let admin: ApiClient;
let lead: ApiClient;
let author: ApiClient;
let reader: ApiClient;
let threadId: number;

beforeAll(async () => {
  server = await startTestServer();
  [admin, lead, author, reader] = await Promise.all([
    signedIn(server.url, 'admin'),
    signedIn(server.url, 'sabine'),
    signedIn(server.url, 'member'),
    signedIn(server.url, 'tobias'),
  ]);
  const group = await createGroup(admin, ['sabine']);
  await addMember(lead, group.id, author, 'member');
  await addMember(lead, group.id, reader, 'tobias');
  threadId = (await author.post('/api/threads', { categorySlug: group.categorySlug, title: 'Rechte in der Gruppe', body: 'Eröffnung' })).body.thread.id;
});
afterAll(() => server.close());

const permissionsOf = async (client: ApiClient, postId: number) =>
  ((await client.get(`/api/threads/${threadId}`)).body.posts.items as Post[]).find((p) => p.id === postId)!.permissions;

async function follow(client: ApiClient): Promise<TestSocket> {
  const socket = connectSocket(server.url, client.cookie);
  await connected(socket);
  expect(await socket.emitWithAck('thread:join', threadId)).toEqual({ ok: true });
  return socket;
}

describe('permissions on posts', () => {
  it('lets the author, the group lead and staff change a post, and no other member', async () => {
    const post = (await author.post(`/api/threads/${threadId}/posts`, { body: 'Eine Antwort' })).body.post as Post;
    // Its author changes it; the group's lead and staff also hide it.
    expect(post.permissions).toEqual({ canEdit: true, canDelete: true, canHide: false, canMarkHelpful: false });
    expect(await permissionsOf(lead, post.id)).toEqual({ canEdit: true, canDelete: true, canHide: true, canMarkHelpful: true });
    expect(await permissionsOf(admin, post.id)).toEqual({ canEdit: true, canDelete: true, canHide: true, canMarkHelpful: true });
    expect(await permissionsOf(reader, post.id)).toEqual({ canEdit: false, canDelete: false, canHide: false, canMarkHelpful: true });
    // What the permissions say is what the server allows.
    expect((await reader.patch(`/api/posts/${post.id}`, { body: 'Fremd geändert' })).status).toBe(403);
    expect((await lead.patch(`/api/posts/${post.id}`, { body: 'Von der Leitung geändert' })).status).toBe(200);
    expect((await lead.delete(`/api/posts/${post.id}`)).status).toBe(204);
    expect(await permissionsOf(author, post.id)).toEqual({ canEdit: false, canDelete: false, canHide: false, canMarkHelpful: false });
  });

  it('sends each reader in the room a live copy with their own rights', async () => {
    const [asAuthor, asLead, asReader] = await Promise.all([follow(author), follow(lead), follow(reader)]);
    const arriving = [nextEvent(asAuthor, 'post:created'), nextEvent(asLead, 'post:created'), nextEvent(asReader, 'post:created')];
    await author.post(`/api/threads/${threadId}/posts`, { body: 'Live mit Rechten' });
    const [forAuthor, forLead, forReader] = await Promise.all(arriving);
    expect([forAuthor!.body, forLead!.body, forReader!.body]).toEqual(['Live mit Rechten', 'Live mit Rechten', 'Live mit Rechten']);
    expect(forAuthor!.permissions).toEqual({ canEdit: true, canDelete: true, canHide: false, canMarkHelpful: false });
    expect(forLead!.permissions).toEqual({ canEdit: true, canDelete: true, canHide: true, canMarkHelpful: true });
    expect(forReader!.permissions).toEqual({ canEdit: false, canDelete: false, canHide: false, canMarkHelpful: true });
    // Each receives the event once: the reader's next event is the next post, not a second copy.
    const next = nextEvent(asReader, 'post:created');
    await author.post(`/api/threads/${threadId}/posts`, { body: 'Die nächste' });
    expect((await next).body).toBe('Die nächste');
    for (const s of [asAuthor, asLead, asReader]) s.close();
  });
});
