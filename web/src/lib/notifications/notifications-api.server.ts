import type { MarkReadInput, WatchInput, WatchTarget } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/** The notifications part of the pages' API (spread into createApi): the list, the unread count, watching. */
export function notificationsApi({ actor, services: s }: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  return {
    notifications: (cursor?: string) => read(() => s.notifications.list(actor, cursor)),
    unreadNotifications: () => read(() => s.notifications.unread(actor)),
    markNotificationsRead: (input: MarkReadInput) => write(() => s.notifications.markRead(actor, input)),
    watch: (input: WatchInput) => write(() => s.notifications.watch(actor, input)),
    watchLevel: (target: WatchTarget, targetId: number) => read(() => s.notifications.watchLevel(actor, target, id(targetId))),
  };
}
