import type { CreateGroupInput, CreateSessionInput, GroupRole, UpdateGroupInput } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

export type SessionScope = 'upcoming' | 'past';

/** The groups part of the pages' API (spread into createApi): groups, members, scheduled sessions, calendar. */
export function groupsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    groups: () => read(() => s.groups.list(actor)),
    group: (groupId: number) => read(() => s.groups.get(actor, id(groupId))),
    createGroup: (input: CreateGroupInput) => write(() => s.groups.create(actor, input)),
    updateGroup: (groupId: number, input: UpdateGroupInput) => write(() => s.groups.update(actor, id(groupId), input)),
    joinGroup: (groupId: number) => write(() => s.groups.join(actor, id(groupId))),
    leaveGroup: (groupId: number) => write(() => s.groups.leave(actor, id(groupId))),
    inviteMember: (groupId: number, email: string) => write(() => s.groups.invite(actor, id(groupId), { email })),
    approveMember: (groupId: number, userId: number) => write(() => s.groups.approve(actor, id(groupId), id(userId))),
    setMemberRole: (groupId: number, userId: number, role: GroupRole) => write(() => s.groups.setRole(actor, id(groupId), id(userId), { role })),
    /** removes a member, declines a request or withdraws an invitation */
    removeMember: (groupId: number, userId: number) => write(() => s.groups.remove(actor, id(groupId), id(userId))),

    sessions: (scope: SessionScope, group?: number) => read(() => s.live.listSessions(actor, { scope, group })),
    createSession: (groupId: number, input: CreateSessionInput) => write(() => s.live.createSession(actor, id(groupId), input)),
    /** the private calendar feed's address; made on the first call */
    calendarUrl: () => read(() => s.calendar.feedUrl(actor)),
    /** a new feed address; the old one stops working */
    resetCalendarUrl: () => write(() => s.calendar.resetFeedUrl(actor)),
  };
}
