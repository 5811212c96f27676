import type { Notification } from '@praxisnetz/shared';
import { authorOf } from '../users/index.ts';
import type { NotificationRow } from './notifications.repo.ts';

export function toNotification(r: NotificationRow): Notification {
  const n = r.notification;
  return {
    id: n.id,
    kind: n.kind,
    count: n.count,
    thread: r.thread,
    postId: n.postId,
    actor: authorOf(r),
    createdAt: n.createdAt.toISOString(),
    updatedAt: n.updatedAt.toISOString(),
    readAt: n.readAt?.toISOString() ?? null,
  };
}
