import {
  type AuditSummary,
  type LiveSession,
  type Locale,
  LOCALES,
  type SearchItem,
  SearchKind,
  SearchQuery,
  type SearchResult,
  type Suggestion,
  SuggestQuery,
} from '@praxisnetz/shared';
import type { Db } from '../../db/client.ts';
import { type Actor, canReadForum, readableDocumentSql, readableThreadAndPostSql } from '../../policy/index.ts';
import { ValidationError } from '../../lib/errors.ts';
import { parseInput } from '../../lib/validate.ts';
import { decodeCursor, encodeCursor } from '../../lib/cursor.ts';
import { searchPage, type SearchRow } from './search.repo.ts';
import { suggestTitles } from './suggest.repo.ts';
import { FUZZY_MIN_LENGTH } from './search.sql.ts';
import { toSnippet } from './snippet.ts';

export const SEARCH_PAGE_SIZE = 20;
/** Ranked results are paged by offset; nobody reads past this, and each page costs more than the last. */
export const SEARCH_MAX_RESULTS = 500;
export const SUGGESTIONS_MAX = 8;

const isOffsetKey = (v: unknown): v is { o: number } => {
  const o = (v as { o?: unknown } | null)?.o;
  return typeof o === 'number' && Number.isInteger(o) && o > 0 && o < SEARCH_MAX_RESULTS && o % SEARCH_PAGE_SIZE === 0;
};

/**
 * Control characters cannot travel to PostgreSQL (a NUL fails the statement) and carry no words;
 * a query made only of them is as empty as a blank one.
 */
function words(q: string): string {
  const text = q.replace(/[\u0000-\u001f\u007f]+/g, ' ').trim();
  if (!text) throw ValidationError({ q: 'Enter a word to search for.' });
  return text;
}

const urlOf = { thread: (id: number) => `/threads/${id}`, document: (id: number) => `/library/${id}` };

function toItem(row: SearchRow): SearchItem {
  return {
    kind: row.kind,
    id: row.id,
    title: row.title,
    snippet: toSnippet(row.headline),
    url: urlOf[row.kind](row.id),
    language: row.language,
    createdAt: new Date(row.created_at).toISOString(),
    matches: (row.replies ?? []).map((r) => ({ postId: r.id, snippet: toSnippet(r.headline), url: `/posts/${r.id}`, language: r.language })),
    threadKind: row.thread_kind,
    answered: row.answered ?? false,
  };
}

/** The lists searched by name for `type=audit` and `type=session` (each applies its own reading rule). */
export interface NamedSearches {
  audits(actor: Actor, q: string): Promise<AuditSummary[]>;
  sessions(actor: Actor, q: string): Promise<LiveSession[]>;
}

const plainItem = (kind: 'audit' | 'session', id: number, title: string, snippet: string, url: string, createdAt: string): SearchItem => ({
  kind,
  id,
  title,
  // plain text through the snippets' escaping (no match markers in it)
  snippet: toSnippet(snippet),
  url,
  language: 'de',
  createdAt,
  matches: [],
  threadKind: null,
  answered: false,
});

export function createSearchService(db: Db, named?: NamedSearches) {
  /** Audits or live sessions whose names match: a short list, no paging. */
  async function searchNamed(actor: Actor, type: 'audit' | 'session', text: string): Promise<SearchResult> {
    if (!named || (!canReadForum(actor) && type === 'session')) return { items: [], nextCursor: null };
    const items =
      type === 'audit'
        ? (await named.audits(actor, text)).map((a) =>
            plainItem('audit', a.id, a.title, `${a.city.name}, ${a.fieldworkFrom} – ${a.fieldworkTo}`, `/audits/${a.id}`, new Date(a.fieldworkTo).toISOString()),
          )
        : (await named.sessions(actor, text)).map((s) => plainItem('session', s.id, s.title, `${s.group.name}: ${s.description}`, `/live/${s.id}`, s.startsAt));
    return { items: items.slice(0, SEARCH_PAGE_SIZE), nextCursor: null };
  }

  return {
    /**
     * Ranked threads (title and opening post), replies and documents the actor may read. Anonymous
     * and pending users search public documents only; nothing else is looked at for them.
     */
    async search(actor: Actor, input: unknown): Promise<SearchResult> {
      const query = parseInput(SearchQuery, input);
      const text = words(query.q);
      if (query.type === 'audit' || query.type === 'session') return searchNamed(actor, query.type, text);
      const offset = decodeCursor(query.cursor, isOffsetKey)?.o ?? 0;
      const readable = canReadForum(actor) ? SearchKind.options : (['document'] as const);
      const kind = query.type === 'document' ? 'document' : query.type ? 'thread' : query.kind;
      const kinds = readable.filter((k) => !kind || k === kind);
      if (!kinds.length) return { items: [], nextCursor: null };

      const languages: readonly Locale[] = query.lang ? [query.lang] : LOCALES;
      const rows = await searchPage(db, {
        q: { text, languages },
        fuzzy: text.length >= FUZZY_MIN_LENGTH,
        kinds,
        readableDocuments: readableDocumentSql(actor),
        readableForum: readableThreadAndPostSql(actor),
        filters: {
          category: query.category,
          topic: query.topic,
          city: query.city,
          year: query.year,
          lang: query.lang,
          type: query.type === 'document' ? undefined : query.type,
          group: query.group,
          from: query.from,
          to: query.to,
        },
        offset,
        limit: SEARCH_PAGE_SIZE + 1,
      });
      const next = offset + SEARCH_PAGE_SIZE;
      const more = rows.length > SEARCH_PAGE_SIZE && next < SEARCH_MAX_RESULTS;
      return {
        items: rows.slice(0, SEARCH_PAGE_SIZE).map(toItem),
        nextCursor: more ? encodeCursor({ o: next }) : null,
      };
    },

    /** Titles of threads and documents the actor may read, for search-as-you-type. */
    async suggest(actor: Actor, input: unknown): Promise<Suggestion[]> {
      const { q } = parseInput(SuggestQuery, input);
      const rows = await suggestTitles(db, {
        text: words(q),
        readableThreads: canReadForum(actor) ? readableThreadAndPostSql(actor).threads : null,
        readableDocuments: readableDocumentSql(actor),
        limit: SUGGESTIONS_MAX,
      });
      return rows.map((r) => ({ kind: r.kind, id: r.id, title: r.title, url: urlOf[r.kind](r.id) }));
    },
  };
}
export type SearchService = ReturnType<typeof createSearchService>;
