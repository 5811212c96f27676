import type { notificationsDe } from './de.ts';

export const notificationsFr: Record<keyof typeof notificationsDe, string> = {
  'nav.notifications': 'Notifications',
  'nav.notificationsUnread': '{count} non lue|{count} non lues',

  'notifications.title': 'Notifications',
  'notifications.lead': 'Ce qui se passe dans les sujets, catégories et groupes de travail que vous suivez.',
  'notifications.unread': '{count} notification non lue|{count} notifications non lues',
  'notifications.unreadAnnounce': 'Vous avez {count} notification non lue.|Vous avez {count} notifications non lues.',
  'notifications.reply': '{name} a répondu dans « {title} »|{count} nouvelles réponses dans « {title} », la dernière de {name}',
  'notifications.unreadMark': 'non lue',
  'notifications.markRead': 'Marquer comme lue',
  'notifications.markReadLabel': 'Marquer comme lue : {title}',
  'notifications.markAllRead': 'Tout marquer comme lu',
  'notifications.allRead': 'Toutes les notifications sont marquées comme lues.',
  'notifications.empty': 'Pas encore de notifications. Qui ouvre un sujet ou y répond le suit et apprend ici les nouvelles réponses.',
  'notifications.pages': 'Pages des notifications',
  'notifications.first': 'Notifications les plus récentes',
  'notifications.more': 'Notifications plus anciennes',

  'watch.legend': 'Notifications pour ce sujet',
  'watch.level.watching': 'Surveiller – me notifier à chaque réponse',
  'watch.level.normal': 'Normal – pas à chaque réponse',
  'watch.level.muted': 'Silencieux – ne jamais me notifier',
  'watch.save': 'Enregistrer',
  'watch.saved': 'Réglage enregistré.',
};
