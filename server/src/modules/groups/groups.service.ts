import {
  CreateGroupInput,
  type GroupDetail,
  type GroupMember,
  type GroupSummary,
  InviteInput,
  MemberRoleInput,
  type Membership,
  rooms,
  UpdateGroupInput,
} from '@praxisnetz/shared';
import type { Db, Executor } from '../../db/client.ts';
import { dropSharedCache } from '../../db/shared-cache.ts';
import { type Actor, canModerateGroup, canReadGroup, isStaff, requireGroupModerator, requireMember, requireStaff } from '../../policy/index.ts';
import { Conflict, NotFound, ValidationError } from '../../lib/errors.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import { recordModeration } from '../moderation/index.ts';
import { accountMail, type MailService } from '../mail/index.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findUserByEmail, findUserById, type UserWithCity } from '../users/index.ts';
import { toGroupMember, toGroupSummary, toMembership } from './groups.mapper.ts';
import {
  countActiveLeads,
  deleteMember,
  findGroupWithCategory,
  findMember,
  type GroupWithCategory,
  groupSpace,
  insertGroup,
  insertMember,
  isSlugFree,
  listGroups,
  listLeads,
  listMembers,
  lockGroup,
  type MemberRow,
  membershipsOf,
  nextSessions,
  updateGroup,
  updateMember,
  upsertGroupCategory,
  upsertInvitation,
} from './groups.repo.ts';

/** The slug of a new group and its category, numbered when the name's slug is taken. */
async function freeSlug(db: Executor, name: string) {
  const base = slugify(name) || 'gruppe';
  for (let n = 1; ; n++) {
    const slug = n === 1 ? base : `${base}-${n}`;
    if (await isSlugFree(db, slug, `ag-${slug}`)) return slug;
  }
}

/** An active account named by e-mail, or a field error on `field`. */
async function activeAccount(db: Executor, email: string, field: string, message: string): Promise<UserWithCity> {
  const user = await findUserByEmail(db, email);
  if (!user || user.status !== 'active') throw ValidationError({ [field]: message });
  return user;
}

export function createGroupsService(deps: {
  db: Db;
  publisher: Publisher;
  notifications: Pick<NotificationsService, 'tell' | 'told'>;
  mail: Pick<MailService, 'queue' | 'nudge' | 'link'>;
}) {
  const { db, publisher, notifications, mail } = deps;

  async function loadGroup(id: number): Promise<GroupWithCategory> {
    const row = await findGroupWithCategory(db, id);
    if (!row) throw NotFound('Group');
    return row;
  }

  async function summaries(actor: UserWithCity, ids?: number[]): Promise<GroupSummary[]> {
    const rows = await listGroups(db, ids);
    const groupIds = rows.map((r) => r.group.id);
    const [leads, mine, next] = await Promise.all([listLeads(db, groupIds), membershipsOf(db, actor.id), nextSessions(db, groupIds)]);
    return rows.map((r) => {
      const id = r.group.id;
      const sessions = next.find((s) => s.groupId === id);
      return toGroupSummary(r, {
        leads: leads.filter((l) => l.member.groupId === id),
        membership: mine.find((m) => m.groupId === id),
        // Outsiders learn only of sessions open to the whole network.
        nextSessionAt: (canReadGroup(actor, id) ? sessions?.any : sessions?.network) ?? null,
      });
    });
  }

  async function detail(actor: UserWithCity, id: number): Promise<GroupDetail> {
    const [summary] = await summaries(actor, [id]);
    if (!summary) throw NotFound('Group');
    const canRead = canReadGroup(actor, id);
    const canModerate = canModerateGroup(actor, id);
    const everyone = canRead ? (await listMembers(db, id)).map(toGroupMember) : [];
    return {
      ...summary,
      members: everyone.filter((m) => m.status === 'active'),
      pending: canModerate ? everyone.filter((m) => m.status !== 'active') : [],
      canRead,
      canModerate,
    };
  }

  async function member(groupId: number, userId: number): Promise<GroupMember> {
    return toGroupMember((await findMember(db, groupId, userId))!);
  }

  /**
   * Someone no longer in the group stops receiving its space at once, on every node: its
   * category and threads, and its live rooms not yet archived (network sessions keep them as
   * participants, but no longer as moderators). Staff keep reading every group's space.
   */
  async function takeOutOfSpace(userId: number, space: Awaited<ReturnType<typeof groupSpace>>, g: GroupWithCategory) {
    const user = await findUserById(db, userId);
    if (!user || isStaff(user)) return;
    const holder = rooms.user(userId);
    publisher.leaveRoom(holder, rooms.group(g.group.id));
    publisher.leaveRoom(holder, rooms.category(g.category.slug));
    for (const threadId of space.threadIds) publisher.leaveRoom(holder, rooms.thread(threadId));
    for (const s of space.sessions) {
      publisher.leaveRoom(holder, rooms.liveModerators(s.id));
      if (s.audience !== 'group') continue;
      publisher.leaveRoom(holder, rooms.live(s.id));
      publisher.toRoom(holder, 'live:removed', { sessionId: s.id });
    }
  }

  /** Ends a membership, request or invitation; an active lead only while another lead remains. */
  async function endMembership(tx: Executor, g: GroupWithCategory, existing: MemberRow) {
    if (existing.status === 'active' && existing.role === 'lead' && (await countActiveLeads(tx, g.group.id)) <= 1) {
      throw Conflict('A working group needs at least one lead. Make someone else a lead first.');
    }
    await deleteMember(tx, g.group.id, existing.userId);
    return existing.status === 'active' ? await groupSpace(tx, g.group.id, g.category.id) : null;
  }

  return {
    /** Every working group, for any active member to find and ask to join. */
    async list(actor: Actor): Promise<GroupSummary[]> {
      return summaries(requireMember(actor));
    },

    async get(actor: Actor, id: number): Promise<GroupDetail> {
      return detail(requireMember(actor), id);
    },

    /** A group comes with its own forum category and its first leads. */
    async create(actor: Actor, input: unknown): Promise<GroupDetail> {
      const staff = requireStaff(actor);
      const data = parseInput(CreateGroupInput, input);
      const leads: UserWithCity[] = [];
      for (const email of new Set(data.leadEmails)) {
        leads.push(await activeAccount(db, email, 'leadEmails', `${email} is not an active member account.`));
      }
      const id = await db.transaction(async (tx) => {
        const slug = await freeSlug(tx, data.name);
        const group = await insertGroup(tx, { slug, name: data.name, description: data.description, createdBy: staff.id });
        await upsertGroupCategory(tx, group.id, { slug: `ag-${slug}`, name: data.name, description: data.description });
        for (const lead of leads) {
          await insertMember(tx, { groupId: group.id, userId: lead.id, role: 'lead', status: 'active', invitedBy: staff.id, joinedAt: new Date() });
        }
        return group.id;
      });
      return detail(staff, id);
    },

    /** The category's names follow the group's; the slugs stay, so links keep working. */
    async update(actor: Actor, id: number, input: unknown): Promise<GroupDetail> {
      const user = requireMember(actor);
      const g = await loadGroup(id);
      requireGroupModerator(user, id);
      const data = parseInput(UpdateGroupInput, input);
      await db.transaction(async (tx) => {
        await updateGroup(tx, id, data);
        await upsertGroupCategory(tx, id, { slug: g.category.slug, name: data.name, description: data.description });
      });
      dropSharedCache(db, 'categories');
      publisher.cacheChanged('categories');
      return detail(user, id);
    },

    /** Accepts an invitation, or asks the leads to be let in; asking twice changes nothing. */
    async join(actor: Actor, id: number): Promise<Membership> {
      const user = requireMember(actor);
      await loadGroup(id);
      return db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, user.id))?.member;
        if (existing?.status === 'invited') {
          await updateMember(tx, id, user.id, { status: 'active', joinedAt: new Date() });
          return toMembership({ role: existing.role, status: 'active' });
        }
        if (existing) return toMembership(existing);
        await insertMember(tx, { groupId: id, userId: user.id, role: 'member', status: 'requested' });
        return toMembership({ role: 'member', status: 'requested' });
      });
    },

    /** Leaves the group, withdraws one's request or declines an invitation; nothing to end is fine. */
    async leave(actor: Actor, id: number): Promise<void> {
      const user = requireMember(actor);
      const g = await loadGroup(id);
      const left = await db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, user.id))?.member;
        return existing ? endMembership(tx, g, existing) : null;
      });
      if (left) await takeOutOfSpace(user.id, left, g);
    },

    /**
     * Invites an active member; one who had asked to join is let in at once. An address without an
     * account is invited by mail to register: the invitation waits for the account.
     */
    async invite(actor: Actor, id: number, input: unknown): Promise<{ member: GroupMember } | { invitation: { email: string } }> {
      const lead = requireMember(actor);
      const { group } = await loadGroup(id);
      requireGroupModerator(lead, id);
      const { email } = parseInput(InviteInput, input);
      if (!(await findUserByEmail(db, email))) {
        await db.transaction(async (tx) => {
          await upsertInvitation(tx, { groupId: id, email, invitedBy: lead.id });
          await recordModeration(tx, { actorId: lead.id, action: 'group.member.invite', groupId: id, details: { address: 'without account' } });
          const about = { params: { title: group.name, actor: lead.displayName }, path: '/register' };
          await mail.queue(tx, [accountMail(mail, { id: null, email, displayName: '', locale: lead.locale }, 'group_signup', about)]);
        });
        mail.nudge();
        return { invitation: { email } };
      }
      const invitee = await activeAccount(db, email, 'email', 'No active member account has this e-mail address.');
      const told = await db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, invitee.id))?.member;
        if (existing?.status === 'active') throw Conflict('This person is already a member of the group.');
        if (existing?.status === 'invited') throw Conflict('This person has already been invited.');
        if (existing?.status === 'requested') {
          await updateMember(tx, id, invitee.id, { status: 'active', invitedBy: lead.id, joinedAt: new Date() });
        } else {
          await insertMember(tx, { groupId: id, userId: invitee.id, role: 'member', status: 'invited', invitedBy: lead.id });
        }
        await recordModeration(tx, {
          actorId: lead.id,
          action: 'group.member.invite',
          groupId: id,
          targetUserId: invitee.id,
          details: { acceptedRequest: existing?.status === 'requested' },
        });
        const kind = existing?.status === 'requested' ? 'group_approved' : 'group_invitation';
        return notifications.tell(tx, kind, [invitee.id], { groupId: id, actorId: lead.id }, { title: group.name, actor: lead.displayName, path: `/groups/${id}` });
      });
      await notifications.told(told);
      return { member: await member(id, invitee.id) };
    },

    /** Lets in someone who asked to join; an invitation is the invitee's to accept. */
    async approve(actor: Actor, id: number, userId: number): Promise<GroupMember> {
      const lead = requireMember(actor);
      const { group } = await loadGroup(id);
      requireGroupModerator(lead, id);
      const told = await db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, userId))?.member;
        if (!existing) throw NotFound('Membership request');
        if (existing.status === 'active') return [];
        if (existing.status === 'invited') throw Conflict('The invited person accepts the invitation themselves.');
        await updateMember(tx, id, userId, { status: 'active', joinedAt: new Date() });
        await recordModeration(tx, { actorId: lead.id, action: 'group.member.approve', groupId: id, targetUserId: userId });
        return notifications.tell(tx, 'group_approved', [userId], { groupId: id, actorId: lead.id }, { title: group.name, actor: lead.displayName, path: `/groups/${id}` });
      });
      await notifications.told(told);
      return member(id, userId);
    },

    /** Makes an active member a lead or a member again; the group always keeps a lead. */
    async setRole(actor: Actor, id: number, userId: number, input: unknown): Promise<GroupMember> {
      const lead = requireMember(actor);
      await loadGroup(id);
      requireGroupModerator(lead, id);
      const { role } = parseInput(MemberRoleInput, input);
      await db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, userId))?.member;
        if (!existing || existing.status !== 'active') throw NotFound('Member');
        if (existing.role === role) return;
        if (existing.role === 'lead' && (await countActiveLeads(tx, id)) <= 1) {
          throw Conflict('A working group needs at least one lead. Make someone else a lead first.');
        }
        await updateMember(tx, id, userId, { role });
        await recordModeration(tx, {
          actorId: lead.id,
          action: 'group.member.role',
          groupId: id,
          targetUserId: userId,
          details: { from: existing.role, to: role },
        });
      });
      return member(id, userId);
    },

    /** Removes a member, declines a request or withdraws an invitation. */
    async remove(actor: Actor, id: number, userId: number): Promise<void> {
      const lead = requireMember(actor);
      const g = await loadGroup(id);
      requireGroupModerator(lead, id);
      const left = await db.transaction(async (tx) => {
        await lockGroup(tx, id);
        const existing = (await findMember(tx, id, userId))?.member;
        if (!existing) throw NotFound('Member');
        const space = await endMembership(tx, g, existing);
        await recordModeration(tx, {
          actorId: lead.id,
          action: 'group.member.remove',
          groupId: id,
          targetUserId: userId,
          details: { status: existing.status, role: existing.role },
        });
        return space;
      });
      if (left) await takeOutOfSpace(userId, left, g);
    },
  };
}
export type GroupsService = ReturnType<typeof createGroupsService>;
