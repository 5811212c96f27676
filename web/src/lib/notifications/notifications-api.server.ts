import type { ChangeEmailInput, ConfirmEmailInput, MarkReadInput, NotificationSettingsInput, PasswordResetConfirmInput, PasswordResetInput, UnsubscribeInput, WatchInput, WatchTarget } from '@praxisnetz/shared';
import type { PageContext } from '@praxisnetz/server/page-context';
import type { Call } from '../server/api.ts';

/**
 * The notifications and mail part of the pages' API (spread into createApi): the list, the unread
 * count, watching, notification settings, unsubscribing, the outbox, address confirmation and the password reset.
 */
export function notificationsApi(context: PageContext, { read, write, id }: { read: Call; write: Call; id: (value: number) => number }) {
  const { actor, services: s } = context;
  return {
    notifications: (cursor?: string) => read(() => s.notifications.list(actor, cursor)),
    unreadNotifications: () => read(() => s.notifications.unread(actor)),
    markNotificationsRead: (input: MarkReadInput) => write(() => s.notifications.markRead(actor, input)),
    watch: (input: WatchInput) => write(() => s.notifications.watch(actor, input)),
    watchLevel: (target: WatchTarget, targetId: number) => read(() => s.notifications.watchLevel(actor, target, id(targetId))),

    notificationSettings: () => read(() => s.mail.settings(actor)),
    updateNotificationSettings: (input: NotificationSettingsInput) => write(() => s.mail.updateSettings(actor, input)),
    unsubscribe: (input: UnsubscribeInput) => write(() => s.mail.unsubscribe(input)),
    outbox: (cursor?: string) => read(() => s.mail.outbox(actor, cursor)),

    confirmEmailValid: (token: string) => read(() => s.emailConfirmation.isValid(token)),
    confirmEmail: (input: ConfirmEmailInput) => write(() => s.emailConfirmation.confirm(input)),
    changeEmail: (input: ChangeEmailInput) => write(() => s.emailConfirmation.requestChange(actor, input)),
    sendPasswordReset: (userId: number) => write(() => s.passwordReset.sendFor(actor, id(userId))),
    passwordResetValid: (token: string) => read(() => s.passwordReset.isValid(token)),
    requestPasswordReset: (input: PasswordResetInput) => write(() => s.passwordReset.request(input, context.clientIp)),
    confirmPasswordReset: (input: PasswordResetConfirmInput) =>
      write(async () => {
        const { user, token, expiresAt } = await s.passwordReset.confirm(input);
        context.startSession(token, expiresAt);
        return user;
      }),
  };
}
