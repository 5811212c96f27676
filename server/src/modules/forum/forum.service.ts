import {
  type Category,
  CreateThreadInput,
  type Locale,
  type Page,
  type Post,
  PostInput,
  type PostLocation,
  type PostRevision,
  PreviewInput,
  QuestionsQuery,
  rooms,
  type Thread,
  type ThreadStatus,
  type ThreadSummary,
} from '@praxisnetz/shared';
import type { Db, Tx } from '../../db/client.ts';
import {
  type Actor,
  canModerateCategory,
  canReadCategory,
  isMember,
  readableCategorySql,
  readableThreadAndPostSql,
  requireCategoryReader,
  requireForumReader,
  requireForumWriter,
  requirePostEditor,
  threadPermissions,
} from '../../policy/index.ts';
import { and, type SQL } from 'drizzle-orm';
import { setThreadTopics, threadHasTopic, topicIdsOf, UNKNOWN_TOPIC } from '../topics/index.ts';
import { Forbidden, NotFound, ValidationError } from '../../lib/errors.ts';
import { detectLanguage } from '../../lib/language.ts';
import { renderMarkdown } from '../../lib/markdown.ts';
import { slugify } from '../../lib/slug.ts';
import { parseInput } from '../../lib/validate.ts';
import type { Publisher } from '../../realtime/publisher.ts';
import type { NotificationsService } from '../notifications/index.ts';
import { findCategoryBySlug, listCategoriesWithStats } from './categories.repo.ts';
import { decodeCursor, encodeCursor, isActivityKey, isIdKey } from '../../lib/cursor.ts';
import { toCategory, toRevision, toThreadSummary } from './forum.mapper.ts';
import { createForumViews, type PostDocuments } from './forum.views.ts';
import {
  countRepliesBefore,
  findOpeningPost,
  findPost,
  listRepliesByHelpful,
  type PostWithAuthor,
  insertPost,
  insertRevision,
  listChangedAfter,
  listChangedSince,
  listThreadPage,
  replyIdAt,
  listRevisions,
  softDeletePost,
  updatePostBody,
} from './posts.repo.ts';
import { inCategory, inGroupSpaces, insertThread, questionsWhere, listPinnedThreads, listThreadsByActivity, bumpThreadSeq, recordReply, type ThreadListRow } from './threads.repo.ts';
import { deleteDraft } from './drafts.repo.ts';
import { createQuestionRouting } from './question-routing.ts';
import { lastReadPostId, markAllRead, markRead, unreadCounts } from './reads.repo.ts';

const isHelpfulKey = (v: unknown): v is { h: number; id: number } => isIdKey(v) && Number.isInteger((v as { h?: unknown }).h);

/**
 * Category counts are read on most pages (the forum's home, the category, search and composer
 * pages) and change with every post; counting them costs a pass over all threads (4–5 ms at 10,000
 * threads). Each node counts at most this often; names and slugs come with the counts.
 */
const CATEGORY_STATS_MS = 10_000;

export const THREADS_PER_PAGE = 20;
export const REPLIES_PER_PAGE = 25;

/** What the forum needs of notifications: a written post is watched by its writer and told to watchers. */
type PostNotifications = Pick<NotificationsService, 'postWritten' | 'postEdited' | 'nudge' | 'tell' | 'told'>;

export function createForumService(deps: { db: Db; publisher: Publisher; documents: PostDocuments; notifications: PostNotifications }) {
  const { db, publisher, documents, notifications } = deps;
  const route = createQuestionRouting(notifications);
  /** the categories with their counts as last counted on this node (see CATEGORY_STATS_MS) */
  let categoryStats: { at: number; value: Promise<Category[]> } | undefined;
  const { toPosts, statusOf, loadThread, loadPost, announcePost } = createForumViews(deps);

  /** Summaries with the actor's unread counts (one indexed statement for the list, see unreadCounts). */
  async function summaries(actor: Actor, rows: ThreadListRow[]): Promise<ThreadSummary[]> {
    const unread = isMember(actor) ? await unreadCounts(db, actor.id, rows.map((r) => r.thread.id)) : new Map<number, number>();
    return rows.map((r) => toThreadSummary(r, unread.get(r.thread.id) ?? 0));
  }

  async function pageOfThreads(actor: Actor, where: SQL | undefined, after: { at: string; id: number } | null, withPinned = false): Promise<Page<ThreadSummary>> {
    const rows = await listThreadsByActivity(db, where, after && { at: new Date(after.at), id: after.id }, THREADS_PER_PAGE + 1, withPinned);
    const items = await summaries(actor, rows.slice(0, THREADS_PER_PAGE));
    const last = items.at(-1);
    return { items, nextCursor: rows.length > THREADS_PER_PAGE && last ? encodeCursor({ at: last.lastActivityAt, id: last.id }) : null };
  }

  const service = {
    /**
     * Category names and counts are public: they show visitors what the network discusses.
     * Working groups' own categories are not among them.
     */
    listCategories(): Promise<Category[]> {
      if (!categoryStats || Date.now() - categoryStats.at > CATEGORY_STATS_MS) {
        const value = listCategoriesWithStats(db).then((rows) => rows.map((r) => toCategory(r.category, r)));
        categoryStats = { at: Date.now(), value };
        value.catch(() => (categoryStats = undefined));
      }
      return categoryStats.value;
    },

    /** A page of the category's threads by activity (those on `topic` if given); the first page also carries the pinned ones. */
    async listThreads(actor: Actor, categorySlug: string, cursor?: string, topic?: string): Promise<Page<ThreadSummary> & { pinned: ThreadSummary[] }> {
      const category = requireCategoryReader(actor, await findCategoryBySlug(db, categorySlug), 'Category');
      const onTopic = topic ? threadHasTopic(topic) : undefined;
      const after = decodeCursor(cursor, isActivityKey);
      const [page, pinned] = await Promise.all([
        pageOfThreads(actor, and(inCategory(category.id), onTopic), after),
        after ? [] : listPinnedThreads(db, category.id, readableCategorySql(actor), onTopic),
      ]);
      return { ...page, pinned: await summaries(actor, pinned) };
    },

    /** A page of the threads on a topic across the forum and the actor's groups, by activity. */
    async listTopicThreads(actor: Actor, topicSlug: string, cursor?: string): Promise<Page<ThreadSummary>> {
      requireForumReader(actor);
      return pageOfThreads(actor, and(threadHasTopic(topicSlug), readableThreadAndPostSql(actor).threads), decodeCursor(cursor, isActivityKey));
    },

    /**
     * The newest activity across everything the actor reads (a member's home), or in the spaces of
     * the working groups the actor belongs to; pinned threads are listed by activity like the rest.
     */
    async listLatest(actor: Actor, scope: 'all' | 'groups' = 'all', cursor?: string): Promise<Page<ThreadSummary>> {
      const user = requireForumReader(actor);
      const mine = user.groups.map((g) => g.id);
      if (scope === 'groups' && !mine.length) return { items: [], nextCursor: null };
      const where = and(readableThreadAndPostSql(actor).threads, scope === 'groups' ? inGroupSpaces(mine) : undefined);
      return pageOfThreads(actor, where, decodeCursor(cursor, isActivityKey), true);
    },

    /**
     * Questions the actor may read, by last activity: unanswered ones (no accepted answer) unless
     * asked otherwise, narrowed by topic, the asker's city, group, language or the actor's expertise.
     */
    async listQuestions(actor: Actor, query: unknown): Promise<Page<ThreadSummary>> {
      const user = requireForumReader(actor);
      const q = parseInput(QuestionsQuery, query);
      return pageOfThreads(actor, and(questionsWhere(q, user.id), readableThreadAndPostSql(actor).threads), decodeCursor(q.cursor, isActivityKey), true);
    },

    /**
     * A merged thread answers with the thread it was merged into (the page then redirects there).
     * A member's read marker moves to the newest post shown; `lastReadPostId` is where it stood
     * before ("new since your last visit").
     */
    async getThread(
      actor: Actor,
      id: number,
      cursor?: string,
      sort: 'time' | 'helpful' = 'time',
    ): Promise<{ thread: Thread; posts: Page<Post>; lastReadPostId: number | null; acceptedAnswer: Post | null }> {
      const row = await loadThread(actor, id, true);
      id = row.thread.id;
      let opening: PostWithAuthor;
      let replies: PostWithAuthor[];
      if (sort === 'helpful') {
        const after = decodeCursor(cursor, isHelpfulKey);
        [opening, replies] = await Promise.all([findOpeningPost(db, id), listRepliesByHelpful(db, id, after, REPLIES_PER_PAGE + 1)]);
      } else {
        ({ opening, replies } = await listThreadPage(db, id, decodeCursor(cursor, isIdKey)?.id ?? 0, REPLIES_PER_PAGE + 1));
      }
      const shown = [opening, ...replies.slice(0, REPLIES_PER_PAGE)];
      const accepted = row.thread.acceptedPostId;
      const acceptedRow = accepted === null ? undefined : (shown.find((p) => p.post.id === accepted) ?? (await findPost(db, accepted)));
      const [openingPost, ...items] = await toPosts(actor, acceptedRow ? [...shown, acceptedRow] : shown, row.category);
      const acceptedAnswer = acceptedRow ? items.pop()! : null;
      const last = items.at(-1);
      const { hidden, lockReason, permissions } = statusOf(actor, row.thread, row.category);
      let lastRead: number | null = null;
      if (isMember(actor)) {
        lastRead = await lastReadPostId(db, actor.id, id);
        // Written only when the page shows something newer: reading again costs no write.
        const newest = Math.max(...shown.map((p) => p.post.id));
        if (lastRead === null || newest > lastRead) await markRead(db, actor.id, id, newest);
      }
      const more = replies.length > REPLIES_PER_PAGE && last;
      return {
        // row was read before the posts: a change racing this read comes again in the catch-up after `seq`.
        thread: { ...toThreadSummary(row), seq: row.thread.seq, openingPost: openingPost!, hidden, lockReason, permissions },
        posts: { items, nextCursor: more ? encodeCursor(sort === 'helpful' ? { h: last.helpfulCount, id: last.id } : { id: last.id }) : null },
        lastReadPostId: lastRead,
        acceptedAnswer: acceptedAnswer && !acceptedAnswer.deleted ? acceptedAnswer : null,
      };
    },

    /** "Mark all read": every thread's posts until now count as read for the member. */
    async markAllRead(actor: Actor): Promise<void> {
      const user = requireForumReader(actor);
      await markAllRead(db, user.id);
    },

    /** A thread's moderation state with the actor's rights: what a page asks for after `thread:updated`. */
    async threadStatus(actor: Actor, id: number): Promise<ThreadStatus> {
      const row = await loadThread(actor, id, true);
      return statusOf(actor, row.thread, row.category);
    },

    /** Live updates of a thread go to those who may read it; whether they moderate it decides their copies. */
    async threadAccess(actor: Actor, threadId: number): Promise<{ canModerate: boolean }> {
      const row = await loadThread(actor, threadId);
      return { canModerate: canModerateCategory(actor, row.category) };
    },

    async assertCategoryReadable(actor: Actor, slug: string): Promise<void> {
      requireCategoryReader(actor, await findCategoryBySlug(db, slug), 'Category');
    },

    /** The thread page that shows a post: where a link to the post, or a new reply, should lead. */
    async locatePost(actor: Actor, postId: number): Promise<PostLocation> {
      const { post } = await loadPost(actor, postId);
      if (post.isOpening) return { threadId: post.threadId, cursor: null };
      const before = await countRepliesBefore(db, post.threadId, post.id);
      const pageStart = before - (before % REPLIES_PER_PAGE);
      const lastOfPreviousPage = pageStart > 0 ? await replyIdAt(db, post.threadId, pageStart - 1) : undefined;
      return { threadId: post.threadId, cursor: lastOfPreviousPage ? encodeCursor({ id: lastOfPreviousPage }) : null };
    },

    /**
     * Every post of the thread created, edited or deleted after the thread's change number `after`
     * (a reconnecting client's catch-up: no change can slip between two clock readings), or, for
     * older clients, since a moment.
     */
    async changesAfter(actor: Actor, threadId: number, after: number): Promise<Post[]> {
      const row = await loadThread(actor, threadId);
      return toPosts(actor, await listChangedAfter(db, threadId, after), row.category);
    },

    async changesSince(actor: Actor, threadId: number, since: Date): Promise<Post[]> {
      const row = await loadThread(actor, threadId);
      return toPosts(actor, await listChangedSince(db, threadId, since), row.category);
    },

    /**
     * `alongside` runs inside the thread's transaction once the thread exists: another use case
     * that records the thread (an archived session) stands or falls with it.
     */
    async createThread(actor: Actor, input: unknown, alongside?: (tx: Tx, threadId: number) => Promise<void>): Promise<Thread> {
      const user = requireForumWriter(actor);
      const data = parseInput(CreateThreadInput, input);
      const category = await findCategoryBySlug(db, data.categorySlug);
      // A group's category is offered only to its readers; to others it is not on the list.
      if (!category || !canReadCategory(user, category)) throw ValidationError({ categorySlug: 'Choose a category from the list.' });
      const topicIds = await topicIdsOf(db, data.topics);
      if (!topicIds) throw ValidationError({ topics: UNKNOWN_TOPIC });
      const bodyHtml = renderMarkdown(data.body);
      const language = data.lang ?? detectLanguage(`${data.title}\n${data.body}`, user.locale);
      let routed: number[] = [];
      const threadId = await db.transaction(async (tx) => {
        const thread = await insertThread(tx, {
          categoryId: category.id,
          authorId: user.id,
          title: data.title,
          slug: slugify(data.title) || 'thema',
          language,
          kind: data.kind,
          seq: 1,
        });
        await deleteDraft(tx, user.id, 'thread:new');
        await setThreadTopics(tx, thread.id, topicIds);
        const opening = await insertPost(tx, { threadId: thread.id, authorId: user.id, isOpening: true, body: data.body, bodyHtml, language, seq: 1 });
        if (data.attachments.length) await documents.attach(tx, actor, opening.id, data.attachments);
        await notifications.postWritten(tx, { id: opening.id, threadId: thread.id, author: user, isOpening: true, body: data.body });
        await alongside?.(tx, thread.id);
        if (data.kind === 'question') routed = await route(tx, { id: thread.id, title: data.title, authorId: user.id, authorName: user.displayName });
        return thread.id;
      });
      await notifications.told(routed);
      const created = await service.getThread(actor, threadId);
      const { openingPost: _, seq: _seq, hidden: _hidden, lockReason: _reason, permissions: _permissions, ...summary } = { ...created.thread, unreadCount: 1 };
      publisher.toRoom(rooms.category(category.slug), 'thread:created', summary);
      return created.thread;
    },

    async createPost(actor: Actor, threadId: number, input: unknown): Promise<Post> {
      const user = requireForumWriter(actor);
      const thread = await loadThread(actor, threadId);
      if (!threadPermissions(user, thread.thread, thread.category).canReply) throw Forbidden('This thread is locked.', 'thread_locked');
      const data = parseInput(PostInput, input);
      const bodyHtml = renderMarkdown(data.body);
      const postId = await db.transaction(async (tx) => {
        const language = data.lang ?? detectLanguage(data.body, user.locale);
        const seq = await bumpThreadSeq(tx, threadId);
        await deleteDraft(tx, user.id, `reply:${threadId}`);
        const post = await insertPost(tx, { threadId, authorId: user.id, body: data.body, bodyHtml, language, seq });
        if (data.attachments.length) await documents.attach(tx, actor, post.id, data.attachments);
        await recordReply(tx, threadId, post.createdAt);
        await notifications.postWritten(tx, { id: post.id, threadId, author: user, isOpening: false, body: data.body });
        return post.id;
      });
      const post = await announcePost(actor, postId, thread.category, 'post:created');
      // After the answer is ready: on PGlite its reads would otherwise wait for the whole fan-out.
      notifications.nudge();
      return post;
    },

    /** Keeps the replaced version, so the history of a post stays readable. */
    async updatePost(actor: Actor, postId: number, input: unknown): Promise<Post> {
      const existing = await loadPost(actor, postId);
      const user = requirePostEditor(actor, existing.post, existing.category);
      const data = parseInput(PostInput, input);
      if (existing.post.deletedAt) throw NotFound('Post');
      const bodyHtml = renderMarkdown(data.body);
      await db.transaction(async (tx) => {
        await insertRevision(tx, {
          postId,
          body: existing.post.body,
          bodyHtml: existing.post.bodyHtml,
          editorId: existing.post.editedBy ?? existing.post.authorId,
          createdAt: existing.post.editedAt ?? existing.post.createdAt,
        });
        const language = data.lang ?? detectLanguage(data.body, existing.post.language as Locale);
        const seq = await bumpThreadSeq(tx, existing.post.threadId);
        await deleteDraft(tx, user.id, `edit:${postId}`);
        await updatePostBody(tx, postId, { body: data.body, bodyHtml, language, editedBy: user.id, seq });
        // An edit that does not mention attachments keeps them.
        if ((input as { attachments?: unknown } | null)?.attachments !== undefined) {
          await documents.attach(tx, actor, postId, data.attachments);
        }
        await notifications.postEdited(tx, { id: postId, body: data.body, previousBody: existing.post.body });
      });
      const post = await announcePost(actor, postId, existing.category, 'post:updated');
      notifications.nudge();
      return post;
    },

    /** Soft delete: the thread keeps a placeholder; deleting twice changes nothing. */
    async deletePost(actor: Actor, postId: number): Promise<void> {
      const existing = await loadPost(actor, postId);
      const user = requirePostEditor(actor, existing.post, existing.category);
      if (existing.post.deletedAt) return;
      await db.transaction(async (tx) => softDeletePost(tx, postId, user.id, await bumpThreadSeq(tx, existing.post.threadId)));
      await announcePost(actor, postId, existing.category, 'post:deleted');
    },

    async revisions(actor: Actor, postId: number): Promise<PostRevision[]> {
      const existing = await loadPost(actor, postId);
      if (existing.post.deletedAt) return [];
      return (await listRevisions(db, postId)).map(toRevision);
    },

    /** The same pipeline as a saved post, for the composer's live preview. */
    preview(actor: Actor, input: unknown): { html: string } {
      requireForumWriter(actor);
      const { body } = parseInput(PreviewInput, input);
      return { html: renderMarkdown(body) };
    },
  };
  return service;
}
export type ForumService = ReturnType<typeof createForumService>;
