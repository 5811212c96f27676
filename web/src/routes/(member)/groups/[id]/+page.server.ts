import { type GroupMember, InviteInput } from '@praxisnetz/shared';
import { translate, type MessageKey } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { idParam } from '#lib/forum/composer.server.ts';
import { apiFailure, invalid, readForm, succeeded, validate } from '#lib/server/forms.ts';
import { groupFailure } from '#lib/groups/group-forms.server.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

/** What the pages this one is reached from have just done. */
const NOTICES = { created: 'groups.created', saved: 'groups.saved', scheduled: 'sessions.scheduled' } as const satisfies Record<string, MessageKey>;

export const load: PageServerLoad = async (event) => {
  const id = pathId(event);
  const api = createApi(event);
  const query = event.url.searchParams;
  const group = await api.group(id).catch((e) => loadFailure(event, e));
  const cursor = query.get('cursor') ?? undefined;
  // The group's space: only its readers get it; the API would answer everyone else with 404.
  const space = group.canRead
    ? await Promise.all([
        api.categoryThreads(group.categorySlug, cursor),
        api.documents({ group: String(id) }),
        api.sessions('upcoming', id),
        api.sessions('past', id),
      ]).catch((e) => loadFailure(event, e))
    : null;
  const removeId = idParam(query.get('remove'));
  const notice = (Object.keys(NOTICES) as (keyof typeof NOTICES)[]).find((key) => query.has(key));
  return {
    group,
    cursor: cursor ?? null,
    threads: space?.[0] ?? null,
    documents: space?.[1] ?? null,
    upcoming: space?.[2] ?? [],
    past: space?.[3] ?? [],
    removing: (group.canModerate && removeId && group.members.find((m) => m.user.id === removeId)) || null,
    notice: notice ? NOTICES[notice] : null,
  };
};

type MemberAction = 'approve' | 'decline' | 'withdraw' | 'remove' | 'role';

/** A lead's action on one person: the person is named by the form's hidden userId. */
async function onMember(
  event: RequestEvent,
  form: MemberAction,
  run: (groupId: number, userId: number, values: Record<string, string>) => Promise<{ key: MessageKey; member?: GroupMember }>,
) {
  const { locale } = event.locals;
  const values = readForm(await event.request.formData(), ['userId', 'role']);
  const userId = idParam(values.userId);
  if (!userId) return invalid(form, values, {}, translate(locale, 'api.not_found'), 404);
  try {
    const { key, member } = await run(pathId(event), userId, values);
    return succeeded(form, translate(locale, key, { name: member?.user.displayName ?? '' }));
  } catch (e) {
    return groupFailure(form, values, e, locale, { codes: { conflict: 'groups.error.lastLead' } });
  }
}

/** Removing answers with nothing: the person's name is looked up first, for the message. */
async function personIn(event: RequestEvent, groupId: number, userId: number): Promise<GroupMember | undefined> {
  const group = await createApi(event).group(groupId);
  return [...group.members, ...group.pending].find((m) => m.user.id === userId);
}

function removal(event: RequestEvent, form: 'decline' | 'withdraw' | 'remove', key: MessageKey) {
  return onMember(event, form, async (groupId, userId) => {
    const member = await personIn(event, groupId, userId);
    await createApi(event).removeMember(groupId, userId);
    return { key, member };
  });
}

export const actions: Actions = {
  join: async (event) => {
    const { locale } = event.locals;
    try {
      const membership = await createApi(event).joinGroup(pathId(event));
      return succeeded('join', translate(locale, membership.status === 'active' ? 'groups.joined' : 'groups.requested'));
    } catch (e) {
      return apiFailure('join', {}, e, locale);
    }
  },

  leave: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['was']);
    const done: MessageKey =
      values.was === 'requested' ? 'groups.requestWithdrawn' : values.was === 'invited' ? 'groups.invitationDeclined' : 'groups.left';
    try {
      await createApi(event).leaveGroup(pathId(event));
      return succeeded('leave', translate(locale, done));
    } catch (e) {
      return groupFailure('leave', values, e, locale, { codes: { conflict: 'groups.error.lastLeadLeaving' } });
    }
  },

  invite: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['email']);
    const input = validate(InviteInput, values, locale);
    if (!input.ok) return invalid('invite', values, input.errors);
    try {
      const invited = await createApi(event).inviteMember(pathId(event), input.data.email);
      if ('invitation' in invited) return succeeded('invite', translate(locale, 'groups.invitedByMail', { email: invited.invitation.email }));
      const key = invited.member.status === 'active' ? 'groups.approved' : 'groups.invited';
      return succeeded('invite', translate(locale, key, { name: invited.member.user.displayName }));
    } catch (e) {
      return groupFailure('invite', values, e, locale, {
        fields: { email: 'groups.error.inviteEmail' },
        codes: { conflict: 'groups.error.alreadyInGroup' },
      });
    }
  },

  approve: (event) =>
    onMember(event, 'approve', async (groupId, userId) => ({
      key: 'groups.approved',
      member: await createApi(event).approveMember(groupId, userId),
    })),

  role: (event) =>
    onMember(event, 'role', async (groupId, userId, values) => {
      const role = values.role === 'lead' ? 'lead' : 'member';
      const member = await createApi(event).setMemberRole(groupId, userId, role);
      return { key: role === 'lead' ? 'groups.roleLead' : 'groups.roleMember', member };
    }),

  decline: (event) => removal(event, 'decline', 'groups.declined'),
  withdraw: (event) => removal(event, 'withdraw', 'groups.withdrawn'),
  remove: (event) => removal(event, 'remove', 'groups.removed'),
};
