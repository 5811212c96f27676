import type { GroupMember, GroupSummary, Membership } from '@praxisnetz/shared';
import { authorOf } from '../users/index.ts';
import type { GroupRow, MemberRow, MemberWithAuthor } from './groups.repo.ts';

export const toMembership = (m: Pick<MemberRow, 'role' | 'status'>): Membership => ({ role: m.role, status: m.status });

export function toGroupMember(r: MemberWithAuthor): GroupMember {
  return {
    user: authorOf(r),
    role: r.member.role,
    status: r.member.status,
    createdAt: r.member.createdAt.toISOString(),
    joinedAt: r.member.joinedAt?.toISOString() ?? null,
  };
}

export function toGroupSummary(
  g: { group: GroupRow; categorySlug: string; memberCount: number },
  extra: { leads: MemberWithAuthor[]; membership: MemberRow | undefined; nextSessionAt: string | Date | null },
): GroupSummary {
  return {
    id: g.group.id,
    slug: g.group.slug,
    name: g.group.name,
    description: g.group.description,
    categorySlug: g.categorySlug,
    memberCount: g.memberCount,
    leads: extra.leads.map(authorOf),
    myMembership: extra.membership ? toMembership(extra.membership) : null,
    nextSessionAt: extra.nextSessionAt === null ? null : new Date(extra.nextSessionAt).toISOString(),
  };
}
