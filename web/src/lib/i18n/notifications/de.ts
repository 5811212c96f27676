/** German texts of notifications and watching; merged into the main catalogue. */
export const notificationsDe = {
  'nav.notifications': 'Benachrichtigungen',
  'nav.notificationsUnread': '{count} ungelesen|{count} ungelesen',

  'notifications.title': 'Benachrichtigungen',
  'notifications.lead': 'Was in den Themen, Kategorien und Arbeitsgruppen geschieht, denen Sie folgen.',
  'notifications.unread': '{count} ungelesene Benachrichtigung|{count} ungelesene Benachrichtigungen',
  'notifications.unreadAnnounce': 'Sie haben {count} ungelesene Benachrichtigung.|Sie haben {count} ungelesene Benachrichtigungen.',
  'notifications.reply': '{name} hat in „{title}“ geantwortet|{count} neue Antworten in „{title}“, zuletzt von {name}',
  'notifications.unreadMark': 'ungelesen',
  'notifications.markRead': 'Als gelesen markieren',
  'notifications.markReadLabel': 'Als gelesen markieren: {title}',
  'notifications.markAllRead': 'Alle als gelesen markieren',
  'notifications.allRead': 'Alle Benachrichtigungen sind als gelesen markiert.',
  'notifications.empty': 'Noch keine Benachrichtigungen. Wer ein Thema beginnt oder darauf antwortet, folgt ihm und erfährt hier von neuen Antworten.',
  'notifications.pages': 'Seiten der Benachrichtigungen',
  'notifications.first': 'Neueste Benachrichtigungen',
  'notifications.more': 'Ältere Benachrichtigungen',

  'watch.legend': 'Benachrichtigungen zu diesem Thema',
  'watch.level.watching': 'Beobachten – bei jeder Antwort benachrichtigen',
  'watch.level.normal': 'Normal – nicht bei jeder Antwort',
  'watch.level.muted': 'Stumm – nie benachrichtigen',
  'watch.save': 'Speichern',
  'watch.saved': 'Einstellung gespeichert.',
} as const;
