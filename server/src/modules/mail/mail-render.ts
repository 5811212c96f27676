import type { Locale } from '@praxisnetz/shared';
import { type MailTextKey, mailText } from './mail-texts.ts';

/** What a mail says, in blocks both the text and the HTML part are made from. */
export interface MailContent {
  subject: string;
  /** the recipient's name; empty for an address without an account */
  name: string;
  paragraphs: string[];
  /** a quoted excerpt (a post's text) */
  quote?: string;
  /** lists under headings, each line with its link (a digest) */
  sections?: { heading: string; items: { text: string; url: string }[] }[];
  /** the button (and its link in the text part); none for a mail that only informs */
  action?: { label: string; url: string };
  why: string;
  unsubscribe?: { label: string; url: string };
}

const escape = (s: string) => s.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
/** Headers take one line: a title that somehow holds a line break must not start a header. */
const oneLine = (s: string) => s.replace(/[\r\n\u2028\u2029]+/g, ' ').trim();

export function mailT(locale: Locale) {
  return (key: MailTextKey, params?: Record<string, string>) => mailText(locale, key, params);
}

/** Plain text and our own HTML (inline styles, nothing loaded from elsewhere) of one mail. */
export function renderMail(locale: Locale, c: MailContent): { subject: string; text: string; html: string } {
  const t = mailT(locale);
  const text = [
    c.name ? t('greeting', { name: c.name }) : t('greetingAnonymous'),
    '',
    ...c.paragraphs.flatMap((p) => [p, '']),
    ...(c.quote ? [c.quote.split('\n').map((l) => `> ${l}`).join('\n'), ''] : []),
    ...(c.sections ?? []).flatMap((section) => [section.heading, ...section.items.map((i) => `- ${i.text}\n  ${i.url}`), '']),
    ...(c.action ? [`${c.action.label}: ${c.action.url}`, ''] : []),
    '-- ',
    c.why,
    ...(c.unsubscribe ? [`${c.unsubscribe.label}: ${c.unsubscribe.url}`] : []),
    t('signature'),
  ].join('\n');
  const p = (s: string) => `<p style="margin:0 0 16px">${escape(s)}</p>`;
  const html = `<!doctype html>
<html lang="${locale}"><head><meta charset="utf-8"><title>${escape(oneLine(c.subject))}</title></head>
<body style="margin:0;padding:24px;background:#f4f6f8;font-family:Arial,Helvetica,sans-serif;font-size:16px;line-height:1.5;color:#1b2733">
<div style="max-width:600px;margin:0 auto;background:#fff;padding:24px;border-radius:4px">
${p(c.name ? t('greeting', { name: c.name }) : t('greetingAnonymous'))}
${c.paragraphs.map(p).join('\n')}
${(c.sections ?? [])
  .map(
    (section) =>
      `<h2 style="margin:0 0 8px;font-size:17px">${escape(section.heading)}</h2><ul style="margin:0 0 16px;padding-left:20px">${section.items
        .map((i) => `<li style="margin:0 0 4px"><a href="${escape(i.url)}" style="color:#174a7c">${escape(i.text)}</a></li>`)
        .join('')}</ul>`,
  )
  .join('\n')}
${c.quote ? `<blockquote style="margin:0 0 16px;padding:8px 16px;border-left:4px solid #c5d3e0;color:#33424f;white-space:pre-wrap">${escape(c.quote)}</blockquote>` : ''}
${c.action ? `<p style="margin:0 0 24px"><a href="${escape(c.action.url)}" style="display:inline-block;padding:10px 16px;background:#174a7c;color:#fff;text-decoration:none;border-radius:4px">${escape(c.action.label)}</a></p>` : ''}
<p style="margin:0;font-size:14px;color:#4a5a68">${escape(c.why)}${c.unsubscribe ? ` <a href="${escape(c.unsubscribe.url)}" style="color:#174a7c">${escape(c.unsubscribe.label)}</a>` : ''}</p>
<p style="margin:8px 0 0;font-size:14px;color:#4a5a68">${escape(t('signature'))}</p>
</div></body></html>`;
  return { subject: oneLine(c.subject), text, html };
}
