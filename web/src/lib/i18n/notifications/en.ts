import type { notificationsDe } from './de.ts';

export const notificationsEn: Record<keyof typeof notificationsDe, string> = {
  'nav.notifications': 'Notifications',
  'nav.notificationsUnread': '{count} unread|{count} unread',

  'notifications.title': 'Notifications',
  'notifications.lead': 'What happens in the threads, categories and working groups you follow.',
  'notifications.unread': '{count} unread notification|{count} unread notifications',
  'notifications.unreadAnnounce': 'You have {count} unread notification.|You have {count} unread notifications.',
  'notifications.reply': '{name} replied in “{title}”|{count} new replies in “{title}”, the latest by {name}',
  'notifications.unreadMark': 'unread',
  'notifications.markRead': 'Mark as read',
  'notifications.markReadLabel': 'Mark as read: {title}',
  'notifications.markAllRead': 'Mark all as read',
  'notifications.allRead': 'All notifications are marked as read.',
  'notifications.empty': 'No notifications yet. Whoever starts or replies to a thread follows it and learns here of new replies.',
  'notifications.pages': 'Pages of notifications',
  'notifications.first': 'Newest notifications',
  'notifications.more': 'Older notifications',

  'watch.legend': 'Notifications for this thread',
  'watch.level.watching': 'Watching – notify me of every reply',
  'watch.level.normal': 'Normal – not for every reply',
  'watch.level.muted': 'Muted – never notify me',
  'watch.save': 'Save',
  'watch.saved': 'Setting saved.',
};
