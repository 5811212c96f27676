import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { recordingPublisher } from '../../realtime/recording-publisher.ts';
import { findUserByEmail, type UserWithCity } from '../users/users.repo.ts';
import { createDocumentsService } from '../documents/documents.service.ts';
import { createFileStore } from '../documents/file-store.ts';
import { createForumService, type ForumService } from './forum.service.ts';
import { createNotificationsService } from '../notifications/index.ts';
import { createMailer, createMailService } from '../mail/index.ts';

let database: Database;
let dataDir: string;
let forum: ForumService;
let member: UserWithCity;
let moderator: UserWithCity;
let pending: UserWithCity;
const { publisher: recorder, published } = recordingPublisher();

const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  dataDir = await mkdtemp(path.join(tmpdir(), 'praxisnetz-forum-'));
  const notifications = createNotificationsService({
    db: database.db,
    publisher: recorder,
    nudge: () => {},
    mail: createMailService({ db: database.db, mailer: createMailer({ from: 'test@localhost' }), publicUrl: 'http://localhost', nudge: () => {} }),
  });
  const documents = createDocumentsService({
    db: database.db,
    fileStore: createFileStore(dataDir),
    uploadMaxBytes: 1024 * 1024,
    extraction: { nudge: () => {} },
    notifications,
  });
  forum = createForumService({ db: database.db, publisher: recorder, documents, notifications });
  [member, moderator, pending] = await Promise.all([byKey('member'), byKey('moderator'), byKey('pending1')]);
});
afterAll(async () => {
  await database.close();
  await rm(dataDir, { recursive: true, force: true });
});

describe('forum service', () => {
  it('loads the demo forum with threads in many categories', async () => {
    const categories = await forum.listCategories();
    // The demo's fourteen and the audits' discussions (migration 0016), with the demo audits' threads.
    expect(categories).toHaveLength(15);
    expect(categories.find((c) => c.slug === 'sicherheitsaudits')?.threadCount).toBe(4);
    expect(categories.filter((c) => c.threadCount > 0).length).toBeGreaterThanOrEqual(10);
  });

  it('writes a thread and its opening post together, then announces it', async () => {
    const thread = await forum.createThread(member, { categorySlug: 'bahnhofsviertel', title: 'Alkoholverbot am Bahnhof?', body: 'Erfahrungen?' });
    expect(thread.openingPost).toMatchObject({ isOpening: true, body: 'Erfahrungen?' });
    expect(published.at(-1)).toMatchObject({ rooms: ['category:bahnhofsviertel'], event: 'thread:created' });
  });

  it('leaves nothing behind when a thread cannot be written', async () => {
    const before = (await forum.listThreads(member, 'bahnhofsviertel')).items.length;
    await expect(forum.createThread(member, { categorySlug: 'bahnhofsviertel', title: 'Zu kurz', body: '' })).rejects.toMatchObject({ status: 400 });
    await expect(forum.createThread(pending, { categorySlug: 'bahnhofsviertel', title: 'Wartend', body: 'x' })).rejects.toMatchObject({ status: 403 });
    expect((await forum.listThreads(member, 'bahnhofsviertel')).items.length).toBe(before);
  });

  it('keeps every earlier version of a post, newest first, with who wrote it', async () => {
    const thread = await forum.createThread(member, { categorySlug: 'wohnungseinbruch', title: 'Fassungen eines Beitrags', body: 'v1' });
    const id = thread.openingPost.id;
    await forum.updatePost(member, id, { body: 'v2' });
    await forum.updatePost(moderator, id, { body: 'v3' });
    const revisions = await forum.revisions(member, id);
    expect(revisions.map((r) => [r.body, r.editor?.id])).toEqual([
      ['v2', member.id],
      ['v1', member.id],
    ]);
    const { thread: reloaded } = await forum.getThread(member, thread.id);
    expect(reloaded.openingPost).toMatchObject({ body: 'v3', version: 3 });
  });

  it('counts replies and reports changes since a moment', async () => {
    const thread = await forum.createThread(member, { categorySlug: 'wohnungseinbruch', title: 'Zähler und Änderungen', body: 'Start' });
    const since = new Date();
    const reply = await forum.createPost(moderator, thread.id, { body: 'Antwort' });
    await forum.deletePost(moderator, reply.id);
    const { thread: reloaded } = await forum.getThread(member, thread.id);
    expect(reloaded.replyCount).toBe(1);
    const changes = await forum.changesSince(member, thread.id, new Date(since.getTime() - 1));
    expect(changes.map((p) => [p.id, p.deleted])).toEqual([[reply.id, true]]);
  });
});
