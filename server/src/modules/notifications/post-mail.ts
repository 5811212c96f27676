import type { Locale, MailKind } from '@praxisnetz/shared';
import { type MailService, mailT, type QueuedMail, renderMail } from '../mail/index.ts';
import type { PostFacts } from './notifications.repo.ts';

const EXCERPT_MAX = 600;

/** A post's Markdown as a short plain excerpt for a mail. */
function excerpt(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX).trimEnd()} …` : text;
}

/** The mail telling one member of a post (a reply, a mention, a quote), in their language, with its unsubscribe links. */
export function postMail(
  mail: Pick<MailService, 'link' | 'unsubscribeLinks'>,
  to: { id: number; email: string; displayName: string; locale: Locale; mailToken: string },
  post: PostFacts,
  kind: MailKind,
): QueuedMail {
  const t = mailT(to.locale);
  const links = mail.unsubscribeLinks(to.mailToken, kind);
  const content = renderMail(to.locale, {
    subject: t(`${kind}.subject`, { title: post.title, author: post.authorName }),
    name: to.displayName,
    paragraphs: [t(`${kind}.intro`, { author: post.authorName, title: post.title })],
    quote: excerpt(post.body),
    action: { label: t(`${kind}.action`), url: mail.link(`/posts/${post.postId}`) },
    why: t(`${kind}.why`),
    unsubscribe: { label: t(`${kind}.unsubscribe`), url: links.page },
  });
  return {
    toAddress: to.email,
    userId: to.id,
    kind,
    locale: to.locale,
    postId: post.postId,
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    ...content,
  };
}
