import type { Locale, SearchKind } from '@praxisnetz/shared';
import { type SQL, sql } from 'drizzle-orm';
import { alias, type PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { documents, posts, threads } from '../../db/schema/index.ts';
import { documentFilters, postFilters, type SearchFilters, threadFilters } from './search.filters.ts';
import {
  matches,
  matchesIn,
  opaqueQuery,
  perLanguage,
  plannedQuery,
  rank,
  searchSettings,
  similarTitle,
  type ParsedQuery,
  type TextQuery,
  titleSimilarity,
  typedText,
} from './search.sql.ts';

/** An answered question counts this many times: the next city with the same question finds the answer first. */
const ANSWERED_BOOST = 1.3;
/** Practice examples rank higher: their score counts this many times. */
const PRACTICE_BOOST = 1.5;
const practiceBoost = (markedAt: PgColumn) => sql`(case when ${markedAt} is not null then ${sql.raw(String(PRACTICE_BOOST))} else 1 end)`;
const answeredBoost = sql`(case when ${threads.acceptedPostId} is not null then ${sql.raw(String(ANSWERED_BOOST))} else 1 end)`;
import { headline, wordPrefixes } from './headline.sql.ts';

export interface SearchScope {
  q: TextQuery;
  /** also match titles by trigram similarity (typos) */
  fuzzy: boolean;
  /** the kinds asked for that the searcher may read; never empty */
  kinds: readonly SearchKind[];
  /** readableDocumentSql(actor): the documents policy as a condition */
  readableDocuments: SQL;
  /** readableThreadAndPostSql(actor): the forum policy as conditions on threads and on replies */
  readableForum: { threads: SQL; posts: SQL };
  filters: SearchFilters;
  offset: number;
  limit: number;
}

export interface SearchRow {
  kind: SearchKind;
  id: number;
  title: string;
  language: Locale;
  created_at: Date | string;
  headline: string | null;
  /** a thread's best-matching replies, best first (at most REPLY_SNIPPETS) */
  replies: { id: number; headline: string | null; language: Locale }[] | null;
  thread_kind: 'discussion' | 'question' | null;
  answered: boolean | null;
}

/**
 * How many of the newest matching posts and documents are ranked. A word in a tenth of 200,000
 * posts would otherwise cost 20,000 heap visits and ts_rank calls; past these caps the best of
 * the newest matches win (thread titles, few and short, are always all ranked), and the last
 * pages of a very common word end early.
 */
const POST_CANDIDATES = 300;
const DOCUMENT_CANDIDATES = 100;

/**
 * Typo matching on titles runs only when exact matching found fewer hits than this: a trigram
 * comparison costs 5–20 µs per title, too much to spend on the hundreds of titles a common word
 * resembles, and a misspelt word finds next to nothing exactly.
 */
const FUZZY_BELOW = 20;

/**
 * Trigram similarity (0.7–1) times this puts a typo match on a title above most body matches
 * (ts_rank of a post ≈ 0.01–0.05) and below an exact title match (≈ 0.1–0.5).
 */
const FUZZY_WEIGHT = 0.1;

/** Replies shown under a thread's result. */
const REPLY_SNIPPETS = 2;

const opening = alias(posts, 'opening');
const reply = alias(posts, 'reply');
const and = (conditions: SQL[]) => (conditions.length ? sql` and ${sql.join(conditions, sql` and `)}` : sql``);

/**
 * One ranked page over threads, replies and documents, in one statement.
 *
 * Each kind keeps only its best offset+limit candidates (a top-N sort, cheap), the union is
 * ordered once more and only the page's rows get the expensive ts_headline. Posts are scanned
 * once: opening posts count for their thread (title + opening post = the thread), the others are
 * replies. Permissions are conditions here, before any LIMIT.
 */
export async function searchPage(db: Executor, s: SearchScope): Promise<SearchRow[]> {
  const query = searchQuery(s);
  return db.transaction(async (tx) => {
    await tx.execute(searchSettings);
    return rowsOf<SearchRow>(await tx.execute(query));
  });
}

/** The statement alone, for EXPLAIN in benchmarks. */
export function searchQuery(s: SearchScope): SQL {
  const keep = s.offset + s.limit;
  const wants = (k: SearchKind) => s.kinds.includes(k);
  const planned = plannedQuery(s.q);
  const opaque = opaqueQuery(s.q);
  const langs = s.q.languages;
  const text = typedText(s.q.text);
  const ctes: SQL[] = [];
  const counts: SQL[] = [];
  const kinds: SQL[] = [];
  const threadWhere = [...threadFilters(s.filters), s.readableForum.threads];

  if (wants('thread')) {
    // The newest matches, ranked. For a common word the planner walks the newest posts until it
    // has enough (a few thousand rows); for a rare one it takes the GIN index. It tells which from
    // the statistics, so the query is planned as constants and as one condition over all
    // languages: split per language, each branch would be estimated as if the lexeme were as
    // frequent there as overall, and a German word's English branch would walk the whole table.
    ctes.push(sql`post_hits as materialized (
      select id, thread_id, is_opening, ${rank(posts.language, posts.searchVector, planned)} as score
      from (select ${posts.id}, ${posts.threadId}, ${posts.isOpening}, ${posts.language}, ${posts.searchVector}
            from ${posts}
            where ${matches(posts.language, posts.searchVector, langs, planned)} and ${posts.deletedAt} is null and ${posts.hiddenAt} is null
              ${and([...postFilters(s.filters), s.readableForum.posts])}
            order by ${posts.id} desc limit ${POST_CANDIDATES}) as ${posts}
    )`);
    counts.push(sql`(select count(*) from post_hits)`);
  }
  if (wants('thread')) {
    const filters = and(threadWhere);
    const hits = perLanguage(
      langs,
      (lang) => sql`select ${threads.id} from ${threads} where ${matchesIn(lang, threads.language, threads.searchVector, opaque)} ${filters}`,
    );
    ctes.push(sql`thread_text_hits as materialized (${hits})`);
    counts.push(sql`(select count(*) from thread_text_hits)`);
  }
  if (wants('document')) {
    const hits = perLanguage(
      langs,
      (lang) => sql`select ${documents.id} from ${documents}
        where ${matchesIn(lang, documents.language, documents.searchVector, opaque)} and ${s.readableDocuments}
          ${and(documentFilters(s.filters))}
        order by ${documents.id} desc limit ${DOCUMENT_CANDIDATES}`,
    );
    ctes.push(sql`document_text_hits as materialized (select id from (${hits}) hits order by id desc limit ${DOCUMENT_CANDIDATES})`);
    counts.push(sql`(select count(*) from document_text_hits)`);
  }
  if (s.fuzzy) {
    // A one-time filter: when exact matching found enough, the title indexes are not touched.
    ctes.push(sql`fuzzy as materialized (select ${sql.join(counts, sql` + `)} < ${FUZZY_BELOW} as wanted)`);
    const gate = sql`(select wanted from fuzzy)`;
    if (wants('thread')) {
      ctes.push(sql`thread_similar_hits as materialized (
        select ${threads.id} as id, ${titleSimilarity(threads.title, text)} as similarity from ${threads}
        where ${gate} and ${similarTitle(threads.title, text)} ${and(threadWhere)}
      )`);
    }
    if (wants('document')) {
      ctes.push(sql`document_similar_hits as materialized (
        select ${documents.id} as id, ${titleSimilarity(documents.title, text)} as similarity from ${documents}
        where ${gate} and ${s.readableDocuments} and ${similarTitle(documents.title, text)} ${and(documentFilters(s.filters))}
      )`);
    }
  }
  // Typo matches join a kind's candidates and add their similarity to the score.
  const similar = (table: 'thread' | 'document', id: SQL) => {
    if (!s.fuzzy) return { from: sql``, join: sql``, score: sql`` };
    const hits = sql.raw(`${table}_similar_hits`);
    return {
      from: sql` union select id from ${hits}`,
      join: sql`left join ${hits} fuzzy_hits on fuzzy_hits.id = ${id}`,
      score: sql` + ${FUZZY_WEIGHT} * coalesce(fuzzy_hits.similarity, 0)`,
    };
  };

  if (wants('thread')) {
    const fuzzy = similar('thread', sql`${threads.id}`);
    // One result per thread: its title, its opening post and its best reply make its score.
    ctes.push(sql`thread_kind as (
      select 'thread'::text as kind, ${threads.id} as id,
             ((${rank(threads.language, threads.searchVector, opaque)}${fuzzy.score} + coalesce(opening_hits.score, 0) + coalesce(reply_hits.score, 0))
               * ${practiceBoost(threads.practiceAt)} * ${answeredBoost})::real as score
      from (select id from thread_text_hits${fuzzy.from} union select thread_id from post_hits) candidates
      join ${threads} on ${threads.id} = candidates.id
      left join (select thread_id, score from post_hits where is_opening) opening_hits on opening_hits.thread_id = ${threads.id}
      left join (select thread_id, max(score) as score from post_hits where not is_opening group by thread_id) reply_hits on reply_hits.thread_id = ${threads.id}
      ${fuzzy.join}
      where true ${and(threadWhere)}
      order by score desc, id desc limit ${keep}
    )`);
    kinds.push(sql`select * from thread_kind`);
  }
  if (wants('document')) {
    const fuzzy = similar('document', sql`${documents.id}`);
    // A document's vector covers its whole text and is stored out of line: only candidates are ranked.
    ctes.push(sql`document_kind as (
      select 'document'::text as kind, ${documents.id} as id,
             ((${rank(documents.language, documents.searchVector, opaque)}${fuzzy.score}) * ${practiceBoost(documents.practiceAt)})::real as score
      from (select id from document_text_hits${fuzzy.from}) candidates
      join ${documents} on ${documents.id} = candidates.id
      ${fuzzy.join}
      order by score desc, id desc limit ${keep}
    )`);
    kinds.push(sql`select * from document_kind`);
  }

  return sql`with ${sql.join(ctes, sql`, `)},
    page as materialized (
      select kind, id, score from (${sql.join(kinds, sql` union all `)}) hits
      order by score desc, kind, id desc offset ${s.offset} limit ${s.limit}
    )
    ${sql.join(pageDetails(s, opaque), sql` union all `)}
    order by score desc, kind, id desc`;
}

/**
 * Title, language, date and highlighted snippet of the page's rows only. A thread's opening post
 * is its first (the forum writes it first): the lowest id in posts_thread_idx, found without
 * reading every post of the thread. The snippet's source
 * text is taken once per row (`offset 0` keeps it from being inlined into each use, which would
 * decompress a long document several times).
 */
function pageDetails(s: SearchScope, parsed: ParsedQuery): SQL[] {
  const prefixes = wordPrefixes(s.q.text);
  const snippet = (language: PgColumn) => headline(language, sql`source.text`, parsed, prefixes);
  const source = (text: SQL) => sql`left join lateral (select ${text} as text offset 0) source on true`;
  const parts: SQL[] = [];
  if (s.kinds.includes('thread')) {
    const replySnippet = headline(reply.language, sql`${reply.body}`, parsed, prefixes);
    parts.push(sql`select page.kind, page.id, page.score, ${threads.title} as title, ${threads.language} as language,
        ${threads.createdAt} as created_at, ${snippet(opening.language)} as headline, best_replies.replies,
        ${threads.kind} as thread_kind, ${threads.acceptedPostId} is not null as answered
      from page join ${threads} on page.kind = 'thread' and ${threads.id} = page.id
      left join lateral (select min(${posts.id}) as id from ${posts} where ${posts.threadId} = ${threads.id}) first_post on true
      left join ${posts} ${opening} on ${opening.id} = first_post.id and ${opening.isOpening} and ${opening.deletedAt} is null and ${opening.hiddenAt} is null
      ${source(sql`${opening.body}`)}
      left join lateral (
        select json_agg(json_build_object('id', best.id, 'headline', best.headline, 'language', best.language) order by best.score desc, best.id desc) as replies
        from (select hits.id, hits.score, ${reply.language} as language, ${replySnippet} as headline
              from post_hits hits join ${posts} ${reply} on ${reply.id} = hits.id
              where hits.thread_id = ${threads.id} and not hits.is_opening
              order by hits.score desc, hits.id desc limit ${REPLY_SNIPPETS}) best
      ) best_replies on true`);
  }
  if (s.kinds.includes('document')) {
    parts.push(sql`select page.kind, page.id, page.score, ${documents.title} as title, ${documents.language} as language,
        ${documents.createdAt} as created_at, ${snippet(documents.language)} as headline, null::json as replies,
        null::text as thread_kind, null::boolean as answered
      from page join ${documents} on page.kind = 'document' and ${documents.id} = page.id
      ${source(sql`${documents.description} || E'\n' || coalesce(${documents.contentText}, '')`)}`);
  }
  return parts;
}
