import { z } from 'zod';

/** Kinds of mail a member can turn off (account mails such as a password reset always go out). */
export const MailKind = z.enum(['reply', 'mention', 'quote']);
export type MailKind = z.infer<typeof MailKind>;

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

export const MailMode = z.enum(['immediate', 'off']);
export type MailMode = z.infer<typeof MailMode>;
/** Per kind: a mail at once, or none (the app still shows the notification). */
export const EmailSettings = z.object({ reply: MailMode, mention: MailMode, quote: MailMode });
/** Replies and mentions are mailed unless turned off; quotes only when turned on. */
export const EMAIL_DEFAULTS: EmailSettings = { reply: 'immediate', mention: 'immediate', quote: 'off' };
export type EmailSettings = z.infer<typeof EmailSettings>;

export const UnsubscribeInput = z.object({ token: z.string().min(10).max(100), kind: MailKind });
export type UnsubscribeInput = z.infer<typeof UnsubscribeInput>;
