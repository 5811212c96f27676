import { FlagInput, HideInput, Locale, LockInput, PinInput, type Post, PostInput, PracticeMarkInput, ThreadEditInput, ThreadMergeInput, ThreadMoveInput, ThreadSplitInput, WatchInput } from '@praxisnetz/shared';
import { z } from 'zod';
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { postViewHref, threadPath } from '#lib/paths.ts';
import { ApiError, createApi } from '#lib/server/api.ts';
import { idParam, loadComposer, readComposer } from '#lib/forum/composer.server.ts';
import { apiFailure, invalid, previewed, readForm, submitForm, succeeded, validate } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { readAttachments } from '#lib/documents/attachments.ts';
import { joinTopics, readTopics } from '#lib/topics/topic-form.ts';
import type { Actions, PageServerLoad } from './$types';

/** The thread page's notification level form: the level alone, the thread is the page's. */
const WatchForm = WatchInput.pick({ level: true });
/** A ticked box sends `true`; an unticked one nothing. */
const LockForm = LockInput.extend({ resolved: z.preprocess((v) => v === 'true', z.boolean()) });
/** An empty day field means no end: the API checks the rest. */
const PinForm = z.object({ scope: PinInput.shape.scope, until: z.string().transform((d) => d || undefined) });
const PostIdForm = z.object({ postId: z.coerce.number().int().positive() });
const HideForm = PostIdForm.extend(HideInput.shape);
/** A member's own mark on a post (helpful, bookmarked): `marked=1` sets it, `marked=0` takes it off. */
const MarkForm = PostIdForm.extend({ marked: z.enum(['0', '1']).transform((v) => v === '1') });
/** The ticked replies arrive as one comma-separated value. */
const SplitForm = z.object({
  title: ThreadSplitInput.shape.title,
  postIds: z.preprocess((v) => (typeof v === 'string' && v ? v.split(',') : []), ThreadSplitInput.shape.postIds),
});

/**
 * A post as a Markdown quote that names and links it: `> **Name** [wrote](/posts/7):`, then its
 * text; the server tells the quoted author of it (a link to the post inside a blockquote).
 */
function quoteMarkdown(post: Post, wrote: string): string {
  const name = post.author.displayName.replace(/[\\*_[\]]/g, '\\$&');
  const lines = post.body.replace(/\r\n/g, '\n').trim().split('\n');
  return `> **${name}** [${wrote}](/posts/${post.id}):\n${lines.map((l) => `> ${l}`.trimEnd()).join('\n')}\n\n`;
}

/** "42" or "42-einbruchschutz-im-quartier": the leading number is the thread. */
function threadIdOf(event: Pick<RequestEvent, 'params' | 'locals'>): number {
  const match = /^(\d+)(?:-.*)?$/.exec(event.params.id ?? '');
  if (!match) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
  return Number(match[1]);
}

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const { url } = event;
  const loadedAt = new Date().toISOString();
  const cursor = url.searchParams.get('cursor');
  const sort = url.searchParams.get('sort') === 'helpful' ? 'helpful' : 'time';
  const threadId = threadIdOf(event);
  const [{ thread, posts, lastReadPostId, acceptedAnswer }, draft] = await Promise.all([
    api.thread(threadId, cursor ?? undefined, sort).catch((e) => loadFailure(event, e)),
    api.draft(`reply:${threadId}`),
  ]);
  const canonical = threadPath(thread);
  if (url.pathname !== canonical) redirect(301, canonical + url.search);

  const historyId = idParam(url.searchParams.get('history'));
  const editId = idParam(url.searchParams.get('edit'));
  const [revisions, composer, watchLevel, topics, editDraft] = await Promise.all([
    historyId
      ? api.revisions(historyId).catch((e) => (e instanceof ApiError && e.status === 404 ? null : loadFailure(event, e)))
      : null,
    loadComposer(api, url),
    api.watchLevel('thread', thread.id),
    thread.permissions.canRename ? api.topics() : [],
    editId ? api.draft(`edit:${editId}`) : null,
  ]);
  // A thread's moderators get the places they may move it to, and — once one is chosen — who would lose access.
  const moveTo = url.searchParams.get('moveTo');
  const [moveTargets, movePreview] = thread.permissions.canModerate
    ? await Promise.all([api.moveTargets(thread.id), moveTo ? api.previewMove(thread.id, moveTo).catch((e) => (e instanceof ApiError && e.status === 400 ? null : loadFailure(event, e))) : null])
    : [[], null];
  const quoteId = idParam(url.searchParams.get('quote'));
  const quoted = [thread.openingPost, ...posts.items].find((p) => p.id === quoteId && !p.deleted);
  return {
    thread,
    posts,
    cursor,
    sort,
    /** where the member had read to before this visit: later replies are marked new */
    lastReadPostId,
    acceptedAnswer,
    draft,
    /** the vocabulary, for those who may change the thread's topics */
    topics,
    /** the reply form starts with this quote (the quote button) */
    quote: quoted ? quoteMarkdown(quoted, translate(event.locals.locale, 'post.quoteWrote')) : '',
    editId,
    /** the member's unsaved edit of the post being edited */
    editDraft,
    deleteId: idParam(url.searchParams.get('delete')),
    hideId: idParam(url.searchParams.get('hide')),
    flagId: idParam(url.searchParams.get('flag')),
    flagThread: url.searchParams.has('flagThread'),
    splitting: thread.permissions.canModerate && url.searchParams.has('split'),
    moveTargets,
    movePreview,
    historyId,
    revisions,
    loadedAt,
    watchLevel,
    ...composer,
  };
};

export const actions: Actions = {
  reply: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const composed = readComposer('reply', data, ['body'], PostInput, locale);
    if (!composed.ok) return composed.failure;
    const api = createApi(event);
    const threadId = threadIdOf(event);
    let postId: number;
    /** the language chosen in the composer; empty: detected from the text */
    const lang = Locale.safeParse(data.get('lang')).data;
    try {
      postId = (await api.createPost(threadId, { body: composed.data.body, attachments: composed.attachments, lang })).id;
    } catch (e) {
      return apiFailure('reply', composed.values, e, locale);
    }
    const { cursor } = await api.locatePost(postId);
    redirect(303, postViewHref(event.url.pathname, cursor, postId));
  },

  /** The no-JS composer's "save draft": the text stays on the server for this thread. */
  saveDraft: async (event) => {
    const values = readForm(await event.request.formData(), ['body']);
    try {
      await createApi(event).saveDraft(`reply:${threadIdOf(event)}`, { body: values.body });
    } catch (e) {
      return apiFailure('reply', values, e, event.locals.locale);
    }
    return succeeded('reply', translate(event.locals.locale, 'draft.savedNoJs'), values);
  },

  /** "Save draft" in the edit form without JavaScript: the edit waits on the server until it is saved. */
  saveEditDraft: async (event) => {
    const values = readForm(await event.request.formData(), ['body', 'postId']);
    const postId = idParam(values.postId);
    if (!postId) return invalid('edit', values, {}, translate(event.locals.locale, 'api.not_found'), 404);
    try {
      await createApi(event).saveDraft(`edit:${postId}`, { body: values.body });
    } catch (e) {
      return apiFailure('edit', values, e, event.locals.locale);
    }
    return succeeded('edit', translate(event.locals.locale, 'draft.savedNoJs'), values);
  },

  /** Accepting a reply as the answer, or taking the mark back; the page shows the new state. */
  accept: (event) =>
    submitForm(event, { form: 'answer', fields: ['postId'], schema: PostIdForm }, async ({ postId }) => {
      await createApi(event).acceptAnswer(postId);
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),
  unaccept: (event) =>
    submitForm(event, { form: 'answer', fields: ['postId'], schema: PostIdForm }, async ({ postId }) => {
      await createApi(event).unacceptAnswer(postId);
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),
  helpful: (event) =>
    submitForm(event, { form: 'helpful', fields: ['postId', 'marked'], schema: MarkForm }, async ({ postId, marked }) => {
      await createApi(event).markHelpful(postId, marked);
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),
  bookmark: (event) =>
    submitForm(event, { form: 'bookmark', fields: ['postId', 'marked'], schema: MarkForm }, async ({ postId, marked }) => {
      const api = createApi(event);
      await (marked ? api.bookmark(postId, '') : api.unbookmark(postId));
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),

  /** How closely the member follows the thread (notifications). */
  watch: (event) =>
    submitForm(event, { form: 'watch', fields: ['level'], schema: WatchForm }, async ({ level }, values) => {
      await createApi(event).watch({ target: 'thread', id: threadIdOf(event), level });
      return succeeded('watch', translate(event.locals.locale, 'watch.saved'), values);
    }),

  /** A moderator's thread tools: each answers on the page it was used on, with the new state loaded. */
  lock: (event) =>
    submitForm(event, { form: 'moderate', fields: ['reason', 'resolved'], schema: LockForm }, async (input, values) => {
      await createApi(event).lockThread(threadIdOf(event), input);
      return succeeded('moderate', translate(event.locals.locale, input.resolved ? 'mod.done.resolve' : 'mod.done.lock'), values);
    }),
  editThread: async (event) => {
    const data = await event.request.formData();
    const values = { title: String(data.get('title') ?? ''), topics: joinTopics(readTopics(data)) };
    const input = validate(ThreadEditInput, values, event.locals.locale);
    if (!input.ok) return invalid('editThread', values, input.errors);
    const threadId = threadIdOf(event);
    try {
      await createApi(event).editThread(threadId, input.data);
    } catch (e) {
      return apiFailure('editThread', values, e, event.locals.locale);
    }
    redirect(303, `/threads/${threadId}`);
  },
  unlock: (event) =>
    submitForm(event, { form: 'moderate', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).unlockThread(threadIdOf(event));
      return succeeded('moderate', translate(event.locals.locale, 'mod.done.unlock'));
    }),
  pin: (event) =>
    submitForm(event, { form: 'moderate', fields: ['scope', 'until'], schema: PinForm }, async (input, values) => {
      await createApi(event).pinThread(threadIdOf(event), input);
      return succeeded('moderate', translate(event.locals.locale, 'mod.done.pin'), values);
    }),
  unpin: (event) =>
    submitForm(event, { form: 'moderate', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).unpinThread(threadIdOf(event));
      return succeeded('moderate', translate(event.locals.locale, 'mod.done.unpin'));
    }),

  move: (event) =>
    submitForm(event, { form: 'moderate', fields: ['categorySlug'], schema: ThreadMoveInput }, async ({ categorySlug }) => {
      const threadId = threadIdOf(event);
      await createApi(event).moveThread(threadId, categorySlug);
      redirect(303, `/threads/${threadId}`);
    }),
  merge: (event) =>
    submitForm(event, { form: 'moderate', fields: ['intoThreadId'], schema: ThreadMergeInput }, async ({ intoThreadId }) => {
      await createApi(event).mergeThread(threadIdOf(event), intoThreadId);
      redirect(303, `/threads/${intoThreadId}`);
    }),
  /** The replies ticked on the page (any number of `postIds`) become a new thread. */
  split: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const values = { title: String(data.get('title') ?? ''), postIds: data.getAll('postIds').map(String).join(',') };
    const input = validate(SplitForm, values, locale);
    if (!input.ok) return invalid('split', values, input.errors);
    let threadId: number;
    try {
      threadId = (await createApi(event).splitThread(threadIdOf(event), input.data.postIds, input.data.title)).threadId;
    } catch (e) {
      return apiFailure('split', values, e, locale);
    }
    redirect(303, `/threads/${threadId}`);
  },

  practice: (event) =>
    submitForm(event, { form: 'practice', fields: ['summary'], schema: PracticeMarkInput }, async (input, values) => {
      await createApi(event).markThreadPractice(threadIdOf(event), input);
      return succeeded('practice', translate(event.locals.locale, 'practice.marked'), values);
    }),
  unpractice: (event) =>
    submitForm(event, { form: 'practice', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).markThreadPractice(threadIdOf(event), null);
      return succeeded('practice', translate(event.locals.locale, 'practice.removed'));
    }),

  hide: (event) =>
    submitForm(event, { form: 'hide', fields: ['postId', 'reason'], schema: HideForm }, async ({ postId, reason }) => {
      await createApi(event).hidePost(postId, { reason });
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),
  unhide: (event) =>
    submitForm(event, { form: 'unhide', fields: ['postId'], schema: PostIdForm }, async ({ postId }) => {
      await createApi(event).unhidePost(postId);
      redirect(303, postViewHref(event.url.pathname, event.url.searchParams.get('cursor'), postId));
    }),

  /** A member flags a post or the thread; the answer thanks them where the form was. */
  flag: (event) =>
    submitForm(event, { form: 'flag', fields: ['targetType', 'targetId', 'reason', 'note'], schema: FlagInput }, async (input, values) => {
      await createApi(event).flag(input);
      return succeeded('flag', translate(event.locals.locale, 'flag.thanks'), values);
    }),

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
