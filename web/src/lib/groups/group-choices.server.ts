import type { GroupRef, GroupSummary, User } from '@praxisnetz/shared';
import { isStaff } from '#lib/roles.ts';
import type { Api } from '../server/api.ts';

const isActiveMember = (group: GroupSummary) => group.myMembership?.status === 'active';

/** The groups a person may share a document with: their own, or every group for network staff (who curate all). */
export async function shareableGroups(api: Api, user: User): Promise<GroupRef[]> {
  const groups = await api.groups();
  return groups.filter((g) => isStaff(user) || isActiveMember(g)).map(({ id, slug, name }) => ({ id, slug, name }));
}

/**
 * The group categories a person may start a thread in from the new-thread form: their own groups',
 * and for staff the one the address asks for. /api/categories leaves group categories out.
 */
export async function groupCategories(api: Api, user: User, requested: string): Promise<GroupSummary[]> {
  const groups = await api.groups();
  return groups.filter((g) => isActiveMember(g) || (isStaff(user) && g.categorySlug === requested));
}
