import { z } from 'zod';
import { line, text } from './text.ts';
import { Author } from './users.ts';

export const GroupRole = z.enum(['lead', 'member']);
export type GroupRole = z.infer<typeof GroupRole>;
/** 'requested': asked to join, a lead decides; 'invited': a lead asked, the person decides. */
export const MembershipStatus = z.enum(['active', 'requested', 'invited']);
export type MembershipStatus = z.infer<typeof MembershipStatus>;

export const Membership = z.object({ role: GroupRole, status: MembershipStatus });
export type Membership = z.infer<typeof Membership>;

export const GroupSummary = z.object({
  id: z.number().int(),
  slug: z.string(),
  name: z.string(),
  description: z.string(),
  /** the group's own forum category: its private threads */
  categorySlug: z.string(),
  memberCount: z.number().int(),
  leads: z.array(Author),
  /** the reader's own membership, null when none */
  myMembership: Membership.nullable(),
  nextSessionAt: z.string().nullable(),
});
export type GroupSummary = z.infer<typeof GroupSummary>;

export const GroupMember = z.object({
  user: Author,
  role: GroupRole,
  status: MembershipStatus,
  /** when the request or invitation was made */
  createdAt: z.string(),
  joinedAt: z.string().nullable(),
});
export type GroupMember = z.infer<typeof GroupMember>;

export const GroupDetail = GroupSummary.extend({
  /** active members; empty for readers outside the group */
  members: z.array(GroupMember),
  /** open requests and invitations; only leads and staff see them */
  pending: z.array(GroupMember),
  /** the reader reads the group's threads, documents and sessions */
  canRead: z.boolean(),
  /** the reader leads the group or is a network moderator or admin */
  canModerate: z.boolean(),
});
export type GroupDetail = z.infer<typeof GroupDetail>;

export const GROUP_NAME_MIN = 3;
export const GROUP_NAME_MAX = 120;
export const GROUP_DESCRIPTION_MAX = 2000;
export const GROUP_LEADS_MAX = 10;
const Email = line().trim().toLowerCase().max(254).pipe(z.email());

export const CreateGroupInput = z.object({
  name: line().trim().min(GROUP_NAME_MIN).max(GROUP_NAME_MAX),
  description: text().trim().max(GROUP_DESCRIPTION_MAX).default(''),
  /** e-mail addresses of active members who lead the group */
  leadEmails: z.array(Email).min(1).max(GROUP_LEADS_MAX),
});
export type CreateGroupInput = z.infer<typeof CreateGroupInput>;

export const UpdateGroupInput = z.object({
  name: line().trim().min(GROUP_NAME_MIN).max(GROUP_NAME_MAX),
  description: text().trim().max(GROUP_DESCRIPTION_MAX),
});
export type UpdateGroupInput = z.infer<typeof UpdateGroupInput>;

/** A lead invites an active member by e-mail. */
export const InviteInput = z.object({ email: Email });
export type InviteInput = z.infer<typeof InviteInput>;

export const MemberRoleInput = z.object({ role: GroupRole });
export type MemberRoleInput = z.infer<typeof MemberRoleInput>;
