import { ATTACHMENTS_MAX, type Document, PostInput } from '@praxisnetz/shared';
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { postViewHref, threadPath } from '#lib/paths.ts';
import { ApiError, createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { apiFailure, invalid, previewed, readForm, validate } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { readAttachments } from '#lib/upload/attachments.ts';
import type { Actions, PageServerLoad } from './$types';

/** "42" or "42-einbruchschutz-im-quartier": the leading number is the thread. */
function threadIdOf(event: Pick<RequestEvent, 'params' | 'locals'>): number {
  const match = /^(\d+)(?:-.*)?$/.exec(event.params.id ?? '');
  if (!match) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
  return Number(match[1]);
}

function idParam(value: string | null | undefined): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const { url } = event;
  const loadedAt = new Date().toISOString();
  const cursor = url.searchParams.get('cursor');
  const { thread, posts } = await api.thread(threadIdOf(event), cursor ?? undefined).catch((e) => loadFailure(event, e));
  const canonical = threadPath(thread);
  if (url.pathname !== canonical) redirect(301, canonical + url.search);

  const historyId = idParam(url.searchParams.get('history'));
  const [revisions, myDocuments, limits] = await Promise.all([
    historyId
      ? api.revisions(historyId).catch((e) => (e instanceof ApiError && e.status === 404 ? null : loadFailure(event, e)))
      : null,
    // The composer offers the member's recent library documents as attachments.
    api
      .documents({ owner: 'me' })
      .then((page) => page.items)
      .catch((e): Document[] => {
        ignoreApiRefusal(e);
        return [];
      }),
    api.uploadLimits(),
  ]);
  return {
    thread,
    posts,
    cursor,
    editId: idParam(url.searchParams.get('edit')),
    deleteId: idParam(url.searchParams.get('delete')),
    historyId,
    revisions,
    loadedAt,
    myDocuments,
    maxBytes: limits.maxBytes,
    /** a document just uploaded from the composer's link to the library */
    attached: idParam(url.searchParams.get('attached')),
  };
};

export const actions: Actions = {
  reply: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const attachments = readAttachments(data);
    const text = readForm(data, ['body']);
    const values = { ...text, attachments: attachments.value };
    const input = validate(PostInput, text, locale);
    const attachmentError = attachments.valid ? undefined : translate(locale, 'library.error.attachments', { max: ATTACHMENTS_MAX });
    if (!input.ok || attachmentError) {
      return invalid('reply', values, { ...(input.ok ? {} : input.errors), ...(attachmentError && { attachments: attachmentError }) });
    }
    const api = createApi(event);
    const threadId = threadIdOf(event);
    let postId: number;
    try {
      postId = (await api.createPost(threadId, { body: input.data.body, attachments: attachments.ids })).id;
    } catch (e) {
      if (e instanceof ApiError && e.fields.attachments) {
        return invalid('reply', values, { attachments: translate(locale, 'library.error.attachmentsUnreadable') });
      }
      return apiFailure('reply', values, e, locale);
    }
    const { cursor } = await api.locatePost(postId);
    redirect(303, postViewHref(event.url.pathname, cursor, postId));
  },

  /** The composer's preview without JavaScript: the same page again, with the text and its rendering. */
  preview: async (event) => {
    const data = await event.request.formData();
    const form = data.get('_form') === 'edit' ? 'edit' : 'reply';
    const values = { ...readForm(data, ['body']), attachments: readAttachments(data).value };
    try {
      return previewed(form, values, await createApi(event).preview(values.body));
    } catch (e) {
      return apiFailure(form, values, e, event.locals.locale);
    }
  },

  edit: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['body', 'postId']);
    const postId = idParam(values.postId);
    if (!postId) return invalid('edit', values, {}, translate(locale, 'api.not_found'), 404);
    const input = validate(PostInput, values, locale);
    if (!input.ok) return invalid('edit', values, input.errors);
    try {
      await createApi(event).updatePost(postId, input.data.body);
    } catch (e) {
      return apiFailure('edit', values, e, locale);
    }
    redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
  },

  delete: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['postId']);
    const postId = idParam(values.postId);
    if (!postId) return invalid('delete', values, {}, translate(locale, 'api.not_found'), 404);
    try {
      await createApi(event).deletePost(postId);
    } catch (e) {
      return apiFailure('delete', values, e, locale);
    }
    redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
  },
};
