import type { Locale } from '@praxisnetz/shared';
import { type MailService, mailT, type QueuedMail, renderMail } from '../mail/index.ts';
import type { ReplyFacts } from './notifications.repo.ts';

const EXCERPT_MAX = 600;

/** A post's Markdown as a short plain excerpt for a mail. */
function excerpt(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX).trimEnd()} …` : text;
}

/** The mail telling one watcher of a reply, in their language, with its unsubscribe links. */
export function replyMail(
  mail: Pick<MailService, 'link' | 'unsubscribeLinks'>,
  to: { id: number; email: string; displayName: string; locale: Locale; mailToken: string },
  reply: ReplyFacts,
): QueuedMail {
  const t = mailT(to.locale);
  const links = mail.unsubscribeLinks(to.mailToken, 'reply');
  const content = renderMail(to.locale, {
    subject: t('reply.subject', { title: reply.title }),
    name: to.displayName,
    paragraphs: [t('reply.intro', { author: reply.authorName, title: reply.title })],
    quote: excerpt(reply.body),
    action: { label: t('reply.action'), url: mail.link(`/posts/${reply.postId}`) },
    why: t('reply.why'),
    unsubscribe: { label: t('reply.unsubscribe'), url: links.page },
  });
  return {
    toAddress: to.email,
    userId: to.id,
    kind: 'reply',
    locale: to.locale,
    postId: reply.postId,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    ...content,
  };
}
