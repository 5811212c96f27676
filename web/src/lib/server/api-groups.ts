import type {
  CreateGroupInput,
  CreateSessionInput,
  GroupDetail,
  GroupMember,
  GroupRole,
  GroupSummary,
  LiveSession,
  Membership,
  UpdateGroupInput,
} from '@praxisnetz/shared';
import type { ApiCall, QueryString } from './api.ts';

export type SessionScope = 'upcoming' | 'past';

/** The groups part of the typed API client (spread into createApi): groups, members, scheduled sessions, calendar. */
export function groupsApi(call: ApiCall, query: QueryString) {
  const member = (groupId: number, userId: number) => `/groups/${groupId}/members/${userId}`;
  return {
    groups: async () => (await call<{ items: GroupSummary[] }>('GET', '/groups')).items,
    group: async (id: number) => (await call<{ group: GroupDetail }>('GET', `/groups/${id}`)).group,
    createGroup: async (input: CreateGroupInput) => (await call<{ group: GroupDetail }>('POST', '/groups', input)).group,
    updateGroup: async (id: number, input: UpdateGroupInput) =>
      (await call<{ group: GroupDetail }>('PATCH', `/groups/${id}`, input)).group,
    joinGroup: async (id: number) => (await call<{ membership: Membership }>('POST', `/groups/${id}/join`)).membership,
    leaveGroup: (id: number) => call<void>('POST', `/groups/${id}/leave`),
    inviteMember: async (id: number, email: string) =>
      (await call<{ member: GroupMember }>('POST', `/groups/${id}/members`, { email })).member,
    approveMember: async (id: number, userId: number) =>
      (await call<{ member: GroupMember }>('POST', `${member(id, userId)}/approve`)).member,
    setMemberRole: async (id: number, userId: number, role: GroupRole) =>
      (await call<{ member: GroupMember }>('PUT', `${member(id, userId)}/role`, { role })).member,
    /** removes a member, declines a request or withdraws an invitation */
    removeMember: (id: number, userId: number) => call<void>('DELETE', member(id, userId)),

    sessions: async (scope: SessionScope, group?: number) =>
      (await call<{ items: LiveSession[] }>('GET', `/sessions${query({ scope, group: group?.toString() })}`)).items,
    createSession: async (groupId: number, input: CreateSessionInput) =>
      (await call<{ session: LiveSession }>('POST', `/groups/${groupId}/sessions`, input)).session,
    /** the private calendar feed's address; the API makes the token on the first call */
    calendarUrl: async () => (await call<{ url: string }>('GET', '/me/calendar')).url,
    /** a new feed address; the old one stops working */
    resetCalendarUrl: async () => (await call<{ url: string }>('POST', '/me/calendar')).url,
  };
}
