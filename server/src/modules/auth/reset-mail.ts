import type { Locale } from '@praxisnetz/shared';
import { type MailService, mailT, type QueuedMail, renderMail } from '../mail/index.ts';

/** The mail with a password reset link, in the account's language. Account mails cannot be turned off. */
export function resetMail(
  mail: Pick<MailService, 'link'>,
  to: { id: number; email: string; displayName: string; locale: Locale },
  token: string,
): QueuedMail {
  const t = mailT(to.locale);
  return {
    toAddress: to.email,
    userId: to.id,
    kind: 'password_reset',
    locale: to.locale,
    headers: {},
    ...renderMail(to.locale, {
      subject: t('password_reset.subject'),
      name: to.displayName,
      paragraphs: [t('password_reset.intro')],
      action: { label: t('password_reset.action'), url: mail.link(`/reset-password?token=${encodeURIComponent(token)}`) },
      why: t('password_reset.why'),
    }),
  };
}
