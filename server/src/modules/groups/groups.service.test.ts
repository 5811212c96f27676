import { rooms } from '@praxisnetz/shared';
import { and, eq, like } from 'drizzle-orm';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { openTestDatabase } from '../../../../tests/support/database.ts';
import type { Database } from '../../db/client.ts';
import { groupMembers, liveSessions, moderationLog } from '../../db/schema/index.ts';
import { demoUsers } from '../../demo/content/index.ts';
import { seedDemo } from '../../demo/demo-seed.ts';
import { recordingPublisher } from '../../realtime/recording-publisher.ts';
import { findUserByEmail } from '../users/users.repo.ts';
import { createMailer, createMailService } from '../mail/index.ts';
import { createNotificationsService } from '../notifications/index.ts';
import { createGroupsService, type GroupsService } from './groups.service.ts';

let database: Database;
let groups: GroupsService;
const recorder = recordingPublisher();

/** The account as a request would see it now: memberships change during the tests. */
const byKey = async (key: string) => (await findUserByEmail(database.db, demoUsers.find((u) => u.key === key)!.email))!;

async function groupId(slug: string) {
  const admin = await byKey('admin');
  return (await groups.list(admin)).find((g) => g.slug === slug)!.id;
}

/** The group's membership record (its sessions write their own entries). */
async function logOf(id: number) {
  return database.db
    .select({ action: moderationLog.action, actorId: moderationLog.actorId, targetUserId: moderationLog.targetUserId, details: moderationLog.details })
    .from(moderationLog)
    .where(and(eq(moderationLog.groupId, id), like(moderationLog.action, 'group.%')))
    .orderBy(moderationLog.id);
}

beforeAll(async () => {
  database = await openTestDatabase();
  await seedDemo(database.db);
  const mail = createMailService({ db: database.db, mailer: createMailer({ from: 'netzwerk@praxisnetz.example' }), publicUrl: 'https://praxisnetz.example', nudge: () => {} });
  const notifications = createNotificationsService({ db: database.db, publisher: recorder.publisher, nudge: () => {}, mail });
  groups = createGroupsService({ db: database.db, publisher: recorder.publisher, notifications, mail });
});
afterAll(() => database.close());
beforeEach(() => {
  recorder.published.length = 0;
  recorder.removals.length = 0;
});

describe('groups service', () => {
  it('records who approved, invited, changed a role and removed, in the moderation log', async () => {
    const id = await groupId('gewalt-gegen-frauen');
    const [lena, ole, frank] = await Promise.all([byKey('lena'), byKey('ole'), byKey('frank')]);
    await groups.approve(lena, id, ole.id);
    await groups.invite(lena, id, { email: frank.email });
    await groups.setRole(lena, id, ole.id, { role: 'lead' });
    await groups.remove(lena, id, frank.id);
    expect(await logOf(id)).toEqual([
      { action: 'group.member.approve', actorId: lena.id, targetUserId: ole.id, details: {} },
      { action: 'group.member.invite', actorId: lena.id, targetUserId: frank.id, details: { acceptedRequest: false } },
      { action: 'group.member.role', actorId: lena.id, targetUserId: ole.id, details: { from: 'member', to: 'lead' } },
      { action: 'group.member.remove', actorId: lena.id, targetUserId: frank.id, details: { status: 'invited', role: 'member' } },
    ]);
  });

  it('lets in at once someone who had asked to join when a lead invites them', async () => {
    const id = await groupId('staedtebauliche-kriminalpraevention');
    const [tobias, claire] = await Promise.all([byKey('tobias'), byKey('claire')]);
    expect(await groups.join(claire, id)).toEqual({ role: 'member', status: 'requested' });
    expect(await groups.invite(tobias, id, { email: claire.email })).toMatchObject({ member: { status: 'active', role: 'member' } });
    expect((await logOf(id)).at(-1)).toMatchObject({ action: 'group.member.invite', details: { acceptedRequest: true } });
  });

  it("takes a removed member out of the group's rooms and its live rooms not yet archived", async () => {
    const id = await groupId('sicherheitsaudits');
    const [sabine, henrik] = await Promise.all([byKey('sabine'), byKey('henrik')]);
    const session = (status: 'scheduled' | 'archived', audience: 'group' | 'network') => ({
      groupId: id,
      hostId: sabine.id,
      title: `${status} ${audience}`,
      startsAt: new Date(),
      endsAt: new Date(Date.now() + 3600_000),
      audience,
      status,
    });
    const [open, network, archived] = await database.db
      .insert(liveSessions)
      .values([session('scheduled', 'group'), session('scheduled', 'network'), session('archived', 'group')])
      .returning({ id: liveSessions.id });
    const { categorySlug } = await groups.get(sabine, id);

    await groups.remove(sabine, id, henrik.id);

    const holder = rooms.user(henrik.id);
    const left = recorder.removals.filter((r) => r.holder === holder).map((r) => r.room);
    expect(left).toContain(rooms.category(categorySlug));
    expect(left).toEqual(expect.arrayContaining([rooms.live(open!.id), rooms.liveModerators(open!.id), rooms.liveModerators(network!.id)]));
    // a network session stays open to every member; an archived one has no room any more
    expect(left).not.toContain(rooms.live(network!.id));
    expect(left.filter((room) => room?.includes(`live:${archived!.id}`))).toEqual([]);
    expect(recorder.published).toEqual([{ rooms: [holder], except: [], event: 'live:removed', payload: { sessionId: open!.id } }]);
    expect(left.filter((room) => room?.startsWith('thread:')).length).toBeGreaterThanOrEqual(2);
  });

  it('leaves staff in every room: moderators read every group’s space', async () => {
    const id = await groupId('sicherheitsaudits');
    const [sabine, moderator] = await Promise.all([byKey('sabine'), byKey('moderator')]);
    await groups.invite(sabine, id, { email: moderator.email });
    await groups.join(moderator, id);
    await groups.remove(sabine, id, moderator.id);
    expect(recorder.removals).toEqual([]);
  });

  it('takes someone who leaves on their own out of the rooms too', async () => {
    const id = await groupId('sicherheitsaudits');
    const claire = await byKey('claire');
    await groups.leave(claire, id);
    expect(recorder.removals.some((r) => r.holder === rooms.user(claire.id))).toBe(true);
    const rows = await database.db
      .select()
      .from(groupMembers)
      .where(and(eq(groupMembers.groupId, id), eq(groupMembers.userId, claire.id)));
    expect(rows).toEqual([]);
  });

  it('refuses to let the last lead go, whichever way', async () => {
    const id = await groupId('sicherheitsaudits');
    const [sabine, moderator] = await Promise.all([byKey('sabine'), byKey('moderator')]);
    await expect(groups.leave(sabine, id)).rejects.toMatchObject({ status: 409 });
    await expect(groups.remove(moderator, id, sabine.id)).rejects.toMatchObject({ status: 409 });
    await expect(groups.setRole(moderator, id, sabine.id, { role: 'member' })).rejects.toMatchObject({ status: 409 });
    expect((await groups.get(sabine, id)).leads.map((l) => l.id)).toEqual([sabine.id]);
  });

  it('numbers the slug of a group whose name is taken', async () => {
    const admin = await byKey('admin');
    const created = await groups.create(admin, { name: 'Sicherheitsaudits', leadEmails: [admin.email] });
    expect(created).toMatchObject({ slug: 'sicherheitsaudits-2', categorySlug: 'ag-sicherheitsaudits-2', canModerate: true });
  });
});
