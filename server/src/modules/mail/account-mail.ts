import type { Locale } from '@praxisnetz/shared';
import { mailT, renderMail } from './mail-render.ts';
import type { MailService, QueuedMail } from './mail.service.ts';

/** Mails about the account itself: they cannot be turned off and carry no unsubscribe link. */
export type AccountMailKind =
  | 'password_reset'
  | 'confirm_email'
  | 'email_change'
  | 'email_changed'
  | 'password_changed'
  | 'account_rejected'
  | 'group_signup'
  | 'membership_invitation'
  | 'membership_rejected';

/**
 * One account mail in the person's language; `path` is where its button leads, `quote` a text it
 * cites (a reason). Also the invitation to register that goes to an address without an account.
 */
export function accountMail(
  mail: Pick<MailService, 'link'>,
  to: { id: number | null; email: string; displayName: string; locale: Locale },
  kind: AccountMailKind,
  opts: { path?: string; quote?: string; params?: Record<string, string> } = {},
): QueuedMail {
  const t = mailT(to.locale);
  const action = opts.path && { label: t(`${kind}.action` as 'password_reset.action'), url: mail.link(opts.path) };
  return {
    toAddress: to.email,
    userId: to.id,
    kind,
    locale: to.locale,
    headers: {},
    ...renderMail(to.locale, {
      subject: t(`${kind}.subject`, opts.params),
      name: to.displayName,
      paragraphs: [t(`${kind}.intro`, opts.params)],
      quote: opts.quote,
      action: action || undefined,
      why: t(`${kind}.why`),
    }),
  };
}
