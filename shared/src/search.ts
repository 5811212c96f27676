import { z } from 'zod';
import { blankToUndefined, line } from './text.ts';
import { Locale } from './common.ts';

/** What the ranked search finds: a thread (its best-matching replies underneath) or a document. */
export const SearchKind = z.enum(['thread', 'document']);
/** A result: also a safety audit or a live session (`type=audit`, `type=session`). */
export const SearchResultKind = z.enum(['thread', 'document', 'audit', 'session']);
export type SearchKind = z.infer<typeof SearchKind>;


export const SearchThreadType = z.enum(['question', 'answered', 'unanswered', 'discussion']);
export type SearchThreadType = z.infer<typeof SearchThreadType>;
/** The search's `type` filter: kinds of threads, or documents, safety audits, live sessions. */
export const SearchType = z.enum([...SearchThreadType.options, 'document', 'audit', 'session']);
export type SearchType = z.infer<typeof SearchType>;

export const SEARCH_QUERY_MAX = 200;

export const SearchQuery = z.object({
  q: line().trim().min(1).max(SEARCH_QUERY_MAX),
  kind: z.preprocess(blankToUndefined, SearchKind.optional()),
  /** category slug: threads and replies in it, documents with it as a topic */
  category: z.preprocess(blankToUndefined, line().max(100).optional()),
  /** topic slug: threads carrying it and their replies, documents carrying it */
  topic: z.preprocess(blankToUndefined, line().max(100).optional()),
  /** city slug: the author's city for threads and replies, the document's city */
  city: z.preprocess(blankToUndefined, line().max(100).optional()),
  year: z.preprocess(blankToUndefined, z.coerce.number().int().min(1990).max(9999).optional()),
  lang: z.preprocess(blankToUndefined, Locale.optional()),
  /** which threads (questions, answered or unanswered ones, discussions), or documents, audits (title, city, area, indicator), live sessions (title, description) */
  type: z.preprocess(blankToUndefined, SearchType.optional()),
  /** a working group's slug: the threads in its space */
  group: z.preprocess(blankToUndefined, line().max(100).optional()),
  /** written on or after / on or before this day (YYYY-MM-DD) */
  from: z.preprocess(blankToUndefined, z.iso.date().optional()),
  to: z.preprocess(blankToUndefined, z.iso.date().optional()),
  cursor: z.preprocess(blankToUndefined, line().max(200).optional()),
});
export type SearchQuery = z.infer<typeof SearchQuery>;

export const SearchItem = z.object({
  kind: SearchResultKind,
  id: z.number().int(),
  title: z.string(),
  /** plain text HTML-escaped, matches wrapped in <mark> — safe to render as HTML */
  snippet: z.string(),
  url: z.string(),
  language: Locale,
  createdAt: z.string(),
  /** a thread's best-matching replies, best first, each with its snippet (same HTML rules) */
  matches: z.array(z.object({ postId: z.number().int(), snippet: z.string(), url: z.string(), language: Locale })),
  /** a thread's kind; null for documents */
  threadKind: z.enum(['discussion', 'question']).nullable(),
  /** a question with an accepted answer */
  answered: z.boolean(),
});
export type SearchItem = z.infer<typeof SearchItem>;

export const SearchResult = z.object({ items: z.array(SearchItem), nextCursor: z.string().nullable() });
export type SearchResult = z.infer<typeof SearchResult>;

export const SuggestQuery = z.object({ q: line().trim().min(2).max(SEARCH_QUERY_MAX) });
export type SuggestQuery = z.infer<typeof SuggestQuery>;

export const Suggestion = z.object({ kind: z.enum(['thread', 'document']), id: z.number().int(), title: z.string(), url: z.string() });
export type Suggestion = z.infer<typeof Suggestion>;
