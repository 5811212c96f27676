import type { Locale } from '@praxisnetz/shared';
import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';

/**
 * Text-search building blocks. Every row is indexed in its own language (search-columns.ts), so
 * the query is parsed once per language and each row is matched against the query of its own
 * language: a German row is stemmed German, a French row French.
 */

const CONFIG: Record<Locale, string> = { de: 'german', en: 'english', fr: 'french' };

/** Words the searcher typed, and the languages whose rows may answer (all three unless filtered). */
export interface TextQuery {
  text: string;
  languages: readonly Locale[];
}

/** The regconfig literal, never a parameter: the planner folds the parsed query into a constant. */
const config = (lang: Locale) => sql.raw(`'${CONFIG[lang]}'::regconfig`);

/** The query parsed in each language, as SQL expressions. */
export type ParsedQuery = Record<Locale, SQL>;

/**
 * Constants the planner folds and estimates from the column's statistics, so it can tell a
 * common word from a rare one and choose between walking the newest rows and the GIN index.
 */
export function plannedQuery(q: TextQuery): ParsedQuery {
  const parse = (lang: Locale) => sql`websearch_to_tsquery(${config(lang)}, ${q.text})`;
  return { de: parse('de'), en: parse('en'), fr: parse('fr') };
}

/**
 * The same queries as values computed once when the statement runs (InitPlans). The planner then
 * assumes few matches and takes the GIN index, which answers without opening any row's vector;
 * a scan would read and decompress every document's whole-text vector, a cost it does not price.
 */
export function opaqueQuery(q: TextQuery): ParsedQuery {
  const parse = (lang: Locale) => sql`(select websearch_to_tsquery(${config(lang)}, ${q.text}))`;
  return { de: parse('de'), en: parse('en'), fr: parse('fr') };
}

/** The row is in this language and matches the query parsed in it. */
export function matchesIn(lang: Locale, language: PgColumn, vector: PgColumn, parsed: ParsedQuery): SQL {
  return sql`${language} = ${lang} and ${vector} @@ ${parsed[lang]}`;
}

/**
 * Matches in any of the languages, as one condition: the planner sees the selectivity of the
 * whole, which tracks the true count (a lexeme's frequency, whichever languages carry it).
 */
export function matches(language: PgColumn, vector: PgColumn, languages: readonly Locale[], parsed: ParsedQuery): SQL {
  return sql`(${sql.join(languages.map((lang) => sql`(${matchesIn(lang, language, vector, parsed)})`), sql` or `)})`;
}

/**
 * One select per language, joined by UNION ALL: each is a GIN probe with the language as a cheap
 * filter. Written as one OR of (language and match) pairs, the whole OR stays behind as a filter
 * that opens every hit's vector again, which for documents means decompressing their whole text.
 */
export function perLanguage(languages: readonly Locale[], select: (lang: Locale) => SQL): SQL {
  return sql.join(languages.map((lang) => sql`(${select(lang)})`), sql` union all `);
}

/** The query in the row's language, chosen per row exactly as the search vector chose its config. */
export function inRowLanguage(language: PgColumn, parsed: ParsedQuery): SQL {
  return sql`(case ${language} when 'de' then ${parsed.de} when 'fr' then ${parsed.fr} else ${parsed.en} end)`;
}

export function rowConfig(language: PgColumn): SQL {
  return sql`(case ${language} when 'de' then ${config('de')} when 'fr' then ${config('fr')} else ${config('en')} end)`;
}

/**
 * Relevance of a row. Normalisation 1 divides by the log of the text's length, so a long
 * document does not win by size alone; weights A (titles) to D (post bodies) keep title hits
 * above body hits.
 */
export function rank(language: PgColumn, vector: PgColumn, parsed: ParsedQuery): SQL {
  return sql`ts_rank(${vector}, ${inRowLanguage(language, parsed)}, 1)`;
}

/**
 * A title is similar enough to the typed words to count as a hit despite a typo. 0.7 accepts one
 * wrong letter in words from about seven letters up ("Sicherheitsaudti" → "Sicherheitsaudits"
 * ≈ 0.82, "Videoüberwachnug" ≈ 0.82) but not a German compound that merely shares its first half
 * ("Sicherheitsgefühl" ≈ 0.65, which pg_trgm's default 0.6 lets through). Short words with a
 * typo are left to exact matching; inflections are the stemmer's job, not this one's.
 */
export const TITLE_SIMILARITY = 0.7;

/** Queries shorter than this get no typo matching: their trigrams match too much. */
export const FUZZY_MIN_LENGTH = 4;

/**
 * `title %> text` can use the title's gin_trgm index; the threshold is set for the transaction.
 * The text travels as a run-time value: with a constant, the planner would estimate the
 * operator's selectivity by running it over a sample of titles, costing more than the search.
 */
export const typedText = (text: string) => sql`(select ${text}::text)`;
export const similarTitle = (title: PgColumn, text: SQL) => sql`(${title} %> ${text})`;
export const titleSimilarity = (title: PgColumn, text: SQL) => sql`word_similarity(${text}, ${title})`;

/**
 * Settings for one search transaction: the similarity threshold, and no JIT — PostgreSQL
 * compiles a statement that the planner prices above jit_above_cost, which costs 50–200 ms and
 * pays off only for queries running far longer than these few milliseconds.
 */
export const searchSettings = sql`select set_config('jit', 'off', true),
  set_config('pg_trgm.word_similarity_threshold', ${String(TITLE_SIMILARITY)}, true)`;


