import { CreateThreadInput, Locale, TITLE_MAX, TITLE_MIN } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { threadPath } from '#lib/paths.ts';
import { createApi } from '#lib/server/api.ts';
import { loadComposer, readComposer } from '#lib/forum/composer.server.ts';
import { apiFailure, previewed, readForm, succeeded } from '#lib/server/forms.ts';
import { translate } from '#lib/i18n/translate.ts';
import { groupCategories } from '#lib/groups/group-choices.server.ts';
import { requireMember } from '#lib/server/guards.ts';
import { readAttachments } from '#lib/documents/attachments.ts';
import { withJoinedTopics } from '#lib/topics/topic-form.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['kind', 'categorySlug', 'title', 'body', 'topics'] as const;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const preselected = event.url.searchParams.get('category') ?? '';
  const [categories, topics, groups, composer, draft] = await Promise.all([
    api.categories(),
    api.topics(),
    groupCategories(api, requireMember(event), preselected),
    loadComposer(api, event.url),
    api.draft('thread:new'),
  ]);
  return {
    categories,
    topics,
    /** the member's working groups: each has its own category for the group's private threads */
    groups: groups.map((g) => ({ id: g.id, name: g.name, categorySlug: g.categorySlug })),
    preselected,
    /** the member's half-written thread, restored on any device */
    draft,
    titleLimits: { min: TITLE_MIN, max: TITLE_MAX },
    ...composer,
  };
};

export const actions: Actions = {
  create: async (event) => {
    const { locale } = event.locals;
    const data = withJoinedTopics(await event.request.formData());
    const composed = readComposer('thread', data, FIELDS, CreateThreadInput, locale);
    if (!composed.ok) return composed.failure;
    /** the language chosen in the composer; empty: detected from the text */
    const lang = Locale.safeParse(data.get('lang')).data;
    let path: string;
    try {
      path = threadPath(await createApi(event).createThread({ ...composed.data, lang, attachments: composed.attachments }));
    } catch (e) {
      return apiFailure('thread', composed.values, e, locale);
    }
    redirect(303, path);
  },

  /** "Save draft" without JavaScript: title and text stay on the server until the thread is posted. */
  saveDraft: async (event) => {
    const values = readForm(withJoinedTopics(await event.request.formData()), FIELDS);
    try {
      await createApi(event).saveDraft('thread:new', { title: values.title, body: values.body });
    } catch (e) {
      return apiFailure('thread', values, e, event.locals.locale);
    }
    return succeeded('thread', translate(event.locals.locale, 'draft.savedNoJs'), values);
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
