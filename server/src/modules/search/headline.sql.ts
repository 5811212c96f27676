import { type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { inRowLanguage, type ParsedQuery, rowConfig } from './search.sql.ts';

/**
 * The snippet of a hit: ts_headline over the row's text in the row's language, computed only for
 * the rows of the returned page. snippet.ts turns its result into safe HTML.
 */

/** Markers no stored text keeps (stripped from the source first); snippet.ts turns them into HTML. */
export const MARK = { start: '\u0002', stop: '\u0003', lt: '\u0004', gt: '\u0005' } as const;

/**
 * The default parser drops anything that looks like an HTML tag from a headline, so `<` and `>`
 * travel as control characters and come back escaped. Link targets and emphasis marks are
 * Markdown noise in a snippet. Only ever applied to the rows of the returned page.
 */
function plainText(text: SQL): SQL {
  const linkText = sql`regexp_replace(${text}, '!?\\[([^\\]]*)\\]\\([^)]*\\)', '\\1', 'g')`;
  const blockMarks = sql`regexp_replace(${linkText}, '(^|\\n)[ \\t]*(#{1,6}|>+|[-*+]|\\d+\\.)[ \\t]+', '\\1', 'g')`;
  const inlineMarks = sql`regexp_replace(${blockMarks}, '\\*\\*|__|~~|\`+|\\|', ' ', 'g')`;
  return sql`translate(${inlineMarks}, ${`<>${MARK.start}${MARK.stop}${MARK.lt}${MARK.gt}`}, ${`${MARK.lt}${MARK.gt}`})`;
}

const MARKERS = `StartSel=${MARK.start}, StopSel=${MARK.stop}`;
/** Up to two passages of about 25 words around matches; without a match, the first words. */
const PASSAGES = `${MARKERS}, MinWords=12, MaxWords=25, MaxFragments=2, FragmentDelimiter=" … "`;
/** Fragments of a short text would start at the match and drop what precedes it: show it whole. */
const WHOLE = `${MARKERS}, HighlightAll=true`;
const SHORT_TEXT = 300;

/**
 * ts_headline parses all the text it is given: about 3 ms for 20,000 characters, 0.3 ms for
 * 3,000. A longer text is cut to a window that starts a little before the first place where
 * one of the typed words (or its first letters, to catch inflections) occurs; when none is found
 * there (a stemmed match such as "Häuser" for "Haus"), the window is the text's beginning.
 */
const WINDOW = 3_000;
const WINDOW_LEAD = 200;
const SCANNED = 100_000;

/** The typed words, lower-cased and cut to their first letters; negated words and OR left out. */
export function wordPrefixes(text: string): string {
  return text
    .split(/\s+/)
    .filter((token) => !token.startsWith('-') && token.toLowerCase() !== 'or')
    .map((token) => token.replace(/[^\p{L}\p{N}]+/gu, '').toLocaleLowerCase('de'))
    .filter((word) => word.length >= 3)
    .map((word) => word.slice(0, Math.max(3, word.length - 2)))
    .join(' ');
}

export function headline(language: PgColumn, text: SQL, parsed: ParsedQuery, prefixes: string): SQL {
  const firstHit = sql`(select coalesce(min(p), 1) from (
      select strpos(lower(left(${text}, ${SCANNED})), w) as p from unnest(string_to_array(${prefixes}, ' ')) w) hits
    where p > 0)`;
  const window = sql`(case when length(${text}) <= ${WINDOW} then ${text}
    else substr(${text}, greatest(1, ${firstHit} - ${WINDOW_LEAD}), ${WINDOW}) end)`;
  const options = sql`(case when length(${text}) <= ${SHORT_TEXT} then ${WHOLE} else ${PASSAGES} end)`;
  return sql`ts_headline(${rowConfig(language)}, ${plainText(window)}, ${inRowLanguage(language, parsed)}, ${options})`;
}
