import type { Attachment, Author, Category, GroupRef, Locale, Post, PostRevision, ThreadSummary } from '@praxisnetz/shared';
import { type PostAudience, postPermissions, seesHidden } from '../../policy/index.ts';
import { authorOf, type AuthorColumns } from '../users/index.ts';
import type { CategoryRow } from './categories.repo.ts';
import type { PostRow } from './posts.repo.ts';
import type { ThreadRow } from './threads.repo.ts';

export const categoryRefOf = (c: CategoryRow) => ({
  slug: c.slug,
  name: { de: c.nameDe, en: c.nameEn, fr: c.nameFr },
});

export function toCategory(
  c: CategoryRow,
  stats: { threadCount: number | null; postCount: number | null; lastActivityAt: Date | null },
): Category {
  return {
    id: c.id,
    ...categoryRefOf(c),
    description: { de: c.descriptionDe, en: c.descriptionEn, fr: c.descriptionFr },
    threadCount: stats.threadCount ?? 0,
    postCount: stats.postCount ?? 0,
    lastActivityAt: stats.lastActivityAt?.toISOString() ?? null,
  };
}

type TopicColumn = { slug: string; de: string; en: string; fr: string }[];

export function toThreadSummary(
  r: { thread: ThreadRow; category: CategoryRow; group: GroupRef | null; topics: TopicColumn } & AuthorColumns,
  unreadCount = 0,
): ThreadSummary {
  const t = r.thread;
  return {
    id: t.id,
    slug: t.slug,
    title: t.title,
    category: categoryRefOf(r.category),
    group: r.group,
    author: authorOf(r),
    createdAt: t.createdAt.toISOString(),
    lastActivityAt: t.lastActivityAt.toISOString(),
    replyCount: t.replyCount,
    ...threadMarks(t),
    topics: r.topics.map(({ slug, ...name }) => ({ slug, name })),
    kind: t.kind,
    acceptedPostId: t.acceptedPostId,
    unreadCount,
  };
}

/** What moderators set on a thread, as every reader sees it: lock, resolution, pin, practice mark. */
export function threadMarks(t: ThreadRow) {
  const pinned = isPinned(t);
  return {
    locked: t.lockedAt !== null,
    resolved: t.resolvedAt !== null,
    pinned,
    pinScope: pinned ? t.pinScope : null,
    pinnedUntil: pinned ? (t.pinnedUntil?.toISOString() ?? null) : null,
    practice: practiceOf(t),
  };
}

/** A thread's or document's practice-example mark, if it has one. */
export const practiceOf = (r: { practiceAt: Date | null; practiceSummary: string | null }) =>
  r.practiceAt ? { summary: r.practiceSummary ?? '', markedAt: r.practiceAt.toISOString() } : null;

/** A pin counts until its end: an expired one is no pin, without anyone removing it. */
export const isPinned = (t: Pick<ThreadRow, 'pinScope' | 'pinnedUntil'>, now = new Date()) =>
  t.pinScope !== null && (t.pinnedUntil === null || t.pinnedUntil > now);

/** A post as one audience sees it: a deleted post is empty to all, a hidden one to its readers. */
/** The receiver's own marks on a post: helpful, bookmarked (a live copy to a room carries none). */
type PersonalMarks = { helpful: boolean; bookmarked: boolean };

export function toPost(r: { post: PostRow } & AuthorColumns, audience: PostAudience, attachments: Attachment[] = [], marks: PersonalMarks = { helpful: false, bookmarked: false }): Post {
  const p = r.post;
  const deleted = p.deletedAt !== null;
  const hidden = p.hiddenAt !== null;
  const empty = deleted || (hidden && !seesHidden(audience));
  return {
    id: p.id,
    threadId: p.threadId,
    author: authorOf(r),
    body: empty ? '' : p.body,
    bodyHtml: empty ? '' : p.bodyHtml,
    isOpening: p.isOpening,
    deleted,
    hidden,
    hiddenReason: hidden && seesHidden(audience) ? p.hiddenReason : null,
    createdAt: p.createdAt.toISOString(),
    editedAt: p.editedAt?.toISOString() ?? null,
    updatedAt: p.updatedAt.toISOString(),
    version: p.version,
    seq: p.seq,
    attachments: empty ? [] : attachments,
    lang: p.language as Locale,
    helpfulCount: p.helpfulCount,
    markedHelpful: marks.helpful,
    bookmarked: marks.bookmarked,
    permissions: postPermissions(audience, p, deleted),
  };
}

export function toRevision(r: {
  revision: { body: string; bodyHtml: string; createdAt: Date };
  editorId: number | null;
  editorName: string | null;
  editorRole: Author['role'] | null;
  editorCitySlug: string | null;
  editorCityName: string | null;
}): PostRevision {
  return {
    body: r.revision.body,
    bodyHtml: r.revision.bodyHtml,
    createdAt: r.revision.createdAt.toISOString(),
    editor:
      r.editorId === null
        ? null
        : authorOf({
            authorId: r.editorId,
            authorName: r.editorName!,
            authorRole: r.editorRole!,
            authorCitySlug: r.editorCitySlug,
            authorCityName: r.editorCityName,
          }),
  };
}
