import { z } from 'zod';
import { NOTIFICATION_KINDS, NotificationKind } from './notifications.ts';

/**
 * Kinds of mail a member can switch: one per kind of notification. Mails about the account itself
 * (password reset, address confirmation, password changed) always go out.
 */
export const MailKind = NotificationKind;
export type MailKind = z.infer<typeof MailKind>;

/** What an unsubscribe link turns off: one kind, or (the digests' link) every kind mailed in a digest. */
export const UnsubscribeKind = z.union([NotificationKind, z.literal('digest')]);
export type UnsubscribeKind = z.infer<typeof UnsubscribeKind>;

export const MailStatus = z.enum(['queued', 'sent', 'failed', 'kept', 'dropped']);
export type MailStatus = z.infer<typeof MailStatus>;

/** A mail as the outbox shows it to administrators. */
export const OutboxMail = z.object({
  id: z.number().int(),
  to: z.string(),
  kind: z.string(),
  locale: z.string(),
  subject: z.string(),
  text: z.string(),
  status: MailStatus,
  attempts: z.number().int(),
  lastError: z.string().nullable(),
  createdAt: z.string(),
  sentAt: z.string().nullable(),
});
export type OutboxMail = z.infer<typeof OutboxMail>;

/** at once, in the daily or weekly digest (7:00 in the member's time zone; weekly on Mondays), or not at all */
export const MailMode = z.enum(['immediate', 'daily', 'weekly', 'off']);
export type MailMode = z.infer<typeof MailMode>;
export const AppMode = z.enum(['on', 'off']);
export type AppMode = z.infer<typeof AppMode>;

/** Per kind: shown in the app or not, and mailed at once or not. */
export const KindSetting = z.object({ app: AppMode, email: MailMode });
export type KindSetting = z.infer<typeof KindSetting>;

/**
 * A member's notification settings, per kind: the kinds that apply to them (an account awaiting
 * approval only to moderators and admins). A PUT may name some kinds and one channel of each.
 */
export const NotificationSettings = z.partialRecord(NotificationKind, KindSetting);
export type NotificationSettings = z.infer<typeof NotificationSettings>;
export const NotificationSettingsInput = z.partialRecord(NotificationKind, KindSetting.partial()).refine((v) => Object.keys(v).length > 0, 'Name at least one kind.');
export type NotificationSettingsInput = z.infer<typeof NotificationSettingsInput>;

/** Every kind shows in the app; replies, mentions and account mails also go out by mail at once. */
export const NOTIFICATION_DEFAULTS = Object.fromEntries(
  NOTIFICATION_KINDS.map((kind) => [
    kind,
    { app: 'on', email: ['reply', 'mention', 'account_approved', 'account_pending', 'barrier_report', 'membership_application', 'practice_reviewed', 'data_export_ready', 'content_hidden', 'content_removed', 'content_warning'].includes(kind) ? 'immediate' : 'off' },
  ]),
) as Record<NotificationKind, KindSetting>;

export const UnsubscribeInput = z.object({ token: z.string().min(10).max(100), kind: UnsubscribeKind });
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;
