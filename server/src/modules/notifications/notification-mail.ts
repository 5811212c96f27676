import type { Locale, NotificationKind } from '@praxisnetz/shared';
import { type MailService, mailT, type QueuedMail, renderMail } from '../mail/index.ts';
import { NETWORK_TIME_ZONE } from '../../lib/network-time.ts';
import type { PostFacts } from './notifications.repo.ts';

const EXCERPT_MAX = 600;

/** A post's Markdown as a short plain excerpt for a mail. */
export function excerpt(body: string): string {
  const text = body.replace(/\r\n/g, '\n').trim();
  return text.length > EXCERPT_MAX ? `${text.slice(0, EXCERPT_MAX).trimEnd()} …` : text;
}

export type Recipient = { id: number; email: string; displayName: string; locale: Locale; mailToken: string; timeZone: string | null };

/** A moment as the recipient reads it in a mail: their language, their time zone (and its name; `dateStyle` cannot name it). */
export const timeForReader = (at: Date) => (locale: Locale, timeZone: string) =>
  new Intl.DateTimeFormat(locale, { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric', hour: '2-digit', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(at);

/** What a notification's mail tells: its texts' parameters, where it leads, what it may carry. */
export interface MailAbout {
  /** the thread's, group's, session's or document's title; the new account's name */
  title: string;
  actor?: string;
  group?: string;
  /** the time of a session, in the recipient's language and time zone (made per recipient) */
  time?: (locale: Locale, timeZone: string) => string;
  path: string;
  quote?: string;
  postId?: number;
  /** a group's content, mailed to its members: not sent once the recipient can no longer read the group */
  groupId?: number;
  documentId?: number;
  attachments?: QueuedMail['attachments'];
}

/** The mail telling one member of a notification, in their language, with its unsubscribe links. */
export function notificationMail(mail: Pick<MailService, 'link' | 'unsubscribeLinks'>, to: Recipient, kind: NotificationKind, about: MailAbout): QueuedMail {
  const t = mailT(to.locale);
  const links = mail.unsubscribeLinks(to.mailToken, kind);
  const params = { title: about.title, actor: about.actor ?? '', group: about.group ?? '', time: about.time?.(to.locale, to.timeZone ?? NETWORK_TIME_ZONE) ?? '' };
  const label = t(`${kind}.label`);
  const content = renderMail(to.locale, {
    subject: t(`${kind}.subject`, params),
    name: to.displayName,
    paragraphs: [t(`${kind}.intro`, params)],
    quote: about.quote,
    action: { label: t(`${kind}.action`), url: mail.link(about.path) },
    why: t('notification.why', { label }),
    unsubscribe: { label: t('notification.unsubscribe', { label }), url: links.page },
  });
  return {
    toAddress: to.email,
    userId: to.id,
    kind,
    locale: to.locale,
    postId: about.postId ?? null,
    groupId: about.groupId ?? null,
    documentId: about.documentId ?? null,
    attachments: about.attachments ?? [],
    headers: { 'List-Unsubscribe': `<${links.oneClick}>`, 'List-Unsubscribe-Post': 'List-Unsubscribe=One-Click' },
    ...content,
  };
}

/** What a post's mail tells (reply, mention, quote). */
export const aboutPost = (post: PostFacts): MailAbout => ({
  title: post.title,
  actor: post.authorName,
  path: `/posts/${post.postId}`,
  quote: excerpt(post.body),
  postId: post.postId,
});
