import type { Author } from '@praxisnetz/shared';

/** Where a post is written, which decides who may be mentioned (those who may read it). */
export type MentionScope = { thread: number } | { category: string };

/** The `@name` being typed right before the caret, if any. */
export function typedMention(text: string, caret: number): { start: number; query: string } | null {
  const match = /(?:^|\s)@([^\s@[\]()]{1,40})$/.exec(text.slice(0, caret));
  if (!match) return null;
  return { start: caret - match[1]!.length - 1, query: match[1]! };
}

/** The text with the typed `@name` replaced by the mention Markdown, and where the caret goes. */
export function insertMention(text: string, typed: { start: number; query: string }, person: Pick<Author, 'id' | 'displayName'>) {
  const name = person.displayName.replace(/[[\]]/g, '');
  const mention = `@[${name}](/users/${person.id}) `;
  const end = typed.start + 1 + typed.query.length;
  return { text: text.slice(0, typed.start) + mention + text.slice(end), caret: typed.start + mention.length };
}

export async function fetchMentionable(scope: MentionScope, query: string, signal: AbortSignal): Promise<Author[]> {
  const params = new URLSearchParams({ q: query, ...('thread' in scope ? { thread: String(scope.thread) } : { category: scope.category }) });
  const response = await fetch(`/api/mentionable?${params}`, { credentials: 'same-origin', headers: { accept: 'application/json' }, signal });
  if (!response.ok) return [];
  return ((await response.json()) as { items: Author[] }).items;
}
