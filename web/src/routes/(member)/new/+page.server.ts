import { CreateThreadInput, TITLE_MAX, TITLE_MIN } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { threadPath } from '#lib/paths.ts';
import { createApi } from '#lib/server/api.ts';
import { loadComposer, readComposer } from '#lib/forum/composer.server.ts';
import { apiFailure, previewed, readForm } from '#lib/server/forms.ts';
import { groupCategories } from '#lib/groups/group-choices.server.ts';
import { requireMember } from '#lib/server/guards.ts';
import { readAttachments } from '#lib/documents/attachments.ts';
import { withJoinedTopics } from '#lib/topics/topic-form.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['categorySlug', 'title', 'body', 'topics'] as const;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const preselected = event.url.searchParams.get('category') ?? '';
  const [categories, topics, groups, composer] = await Promise.all([
    api.categories(),
    api.topics(),
    groupCategories(api, requireMember(event), preselected),
    loadComposer(api, event.url),
  ]);
  return {
    categories,
    topics,
    /** the member's working groups: each has its own category for the group's private threads */
    groups: groups.map((g) => ({ id: g.id, name: g.name, categorySlug: g.categorySlug })),
    preselected,
    titleLimits: { min: TITLE_MIN, max: TITLE_MAX },
    ...composer,
  };
};

export const actions: Actions = {
  create: async (event) => {
    const { locale } = event.locals;
    const composed = readComposer('thread', withJoinedTopics(await event.request.formData()), FIELDS, CreateThreadInput, locale);
    if (!composed.ok) return composed.failure;
    let path: string;
    try {
      path = threadPath(await createApi(event).createThread({ ...composed.data, attachments: composed.attachments }));
    } catch (e) {
      return apiFailure('thread', composed.values, e, locale);
    }
    redirect(303, path);
  },

  preview: async (event) => {
    const data = withJoinedTopics(await event.request.formData());
    const values = { ...readForm(data, FIELDS), attachments: readAttachments(data).value };
    try {
      return previewed('thread', values, await createApi(event).preview(values.body));
    } catch (e) {
      return apiFailure('thread', values, e, event.locals.locale);
    }
  },
};
