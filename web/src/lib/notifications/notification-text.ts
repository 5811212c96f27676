import type { Notification } from '@praxisnetz/shared';
import type { Translate } from '#lib/i18n/translate.ts';

/** What an entry says ("Sabine Krüger replied in …"), from its kind and what it is about. */
export function notificationText(n: Notification, t: Translate): string {
  return t(`notifications.${n.kind}`, {
    count: n.count,
    name: n.actor?.displayName ?? '',
    title: n.thread?.title ?? n.document?.title ?? n.session?.title ?? n.group?.name ?? '',
    group: n.group?.name ?? '',
    subject: n.subject?.displayName ?? '',
  });
}
