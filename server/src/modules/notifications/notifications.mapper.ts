import type { Author, Notification } from '@praxisnetz/shared';
import { authorOf } from '../users/index.ts';
import type { NotificationRow } from './notifications.repo.ts';

/** The page an entry leads to, from what it is about. */
function hrefOf(n: NotificationRow['notification']): string {
  if (n.kind === 'flag_resolved') return '/me/flags';
  if (n.kind === 'barrier_report') return '/admin/barriers';
  if (n.kind === 'membership_application') return '/admin/applications';
  if (n.kind === 'practice_reviewed') return '/practices?status=mine';
  if (n.kind === 'data_export_ready') return '/me/data';
  if (n.kind === 'content_warning') return '/me#moderation';
  if (n.postId !== null) return `/posts/${n.postId}`;
  if (n.threadId !== null) return `/threads/${n.threadId}`;
  if (n.documentId !== null) return `/library/${n.documentId}`;
  if (n.sessionId !== null) return `/live/${n.sessionId}`;
  if (n.groupId !== null) return `/groups/${n.groupId}`;
  if (n.subjectId !== null) return '/admin/users';
  return '/';
}

function subjectOf(s: NotificationRow['subject']): Author | null {
  if (!s || s.id === null) return null;
  return { id: s.id, displayName: s.displayName!, role: s.role!, city: s.citySlug ? { slug: s.citySlug, name: s.cityName! } : null };
}

export function toNotification(r: NotificationRow): Notification {
  const n = r.notification;
  return {
    id: n.id,
    kind: n.kind,
    count: n.count,
    quiet: n.quiet,
    thread: r.thread,
    postId: n.postId,
    group: r.group,
    session: r.session,
    document: r.document,
    subject: subjectOf(r.subject),
    actor: r.authorId === null ? null : authorOf(r as Parameters<typeof authorOf>[0]),
    href: hrefOf(n),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
