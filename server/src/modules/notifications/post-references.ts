/** At most this many people are told of one post's mentions (a list of 200 names is not a mention). */
export const MENTIONS_MAX = 20;

/**
 * The members a post mentions: the composer writes a mention as `@[Name](/users/id)`, a Markdown
 * link to the profile that reads well without the application.
 */
export function mentionedUserIds(markdown: string): number[] {
  const ids = [...markdown.matchAll(/@\[[^\]\n]{1,100}\]\(\/users\/(\d{1,9})\)/g)].map((m) => Number(m[1]));
  return [...new Set(ids)].slice(0, MENTIONS_MAX);
}

/**
 * The posts a post quotes: a quote is a blockquote whose lines link the quoted post
 * (`> **Name** [wrote](/posts/id):`), as the quote button writes it.
 */
export function quotedPostIds(markdown: string): number[] {
  const ids = markdown
    .split(/\r?\n/)
    .filter((line) => /^\s{0,3}>/.test(line))
    .flatMap((line) => [...line.matchAll(/\]\(\/posts\/(\d{1,9})\)/g)].map((m) => Number(m[1])));
  return [...new Set(ids)].slice(0, MENTIONS_MAX);
}

/** What an edit adds: only people not mentioned or quoted before hear of it. */
export function added(now: number[], before: number[]): number[] {
  return now.filter((id) => !before.includes(id));
}
