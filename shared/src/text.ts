import { z } from 'zod';

/**
 * The one input policy for text, applied by every input schema (API, form actions, socket events):
 * well-formed Unicode only (no lone surrogates), normalised to NFC, and no control characters —
 * C0 except tab and line breaks, DEL and C1. A refusal names the field (400 validation_failed).
 */
const CONTROLS = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F-\u009F]/;
const LINE_BREAKS_AND_TABS = /[\t\n\r]/;

/** Why a text was refused, for the web's localized message (issue.params.reason). */
export type TextRefusal = 'characters' | 'line_breaks' | 'nesting';

const refusal = (reason: TextRefusal, message: string) => ({ message, params: { reason } });

const allowedCharacters = () =>
  z
    .string()
    .refine((s) => s.isWellFormed() && !CONTROLS.test(s), refusal('characters', 'Contains characters that are not allowed (control characters or broken Unicode).'));

/** Multi-line text (a post, a description): tab and line breaks allowed. */
export const text = () => allowedCharacters().normalize('NFC');

/** A password: checked like text, but never normalised, so every stored hash still matches what its owner types. */
export const secret = () => allowedCharacters();

/** One line (a title, a name, a slug, a search query). */
export const line = () =>
  text().refine((s) => !LINE_BREAKS_AND_TABS.test(s), refusal('line_breaks', 'Must be a single line without tabs or line breaks.'));

export const MARKDOWN_MAX_NESTING = 24;

/**
 * How deeply a Markdown text nests: block quotes and lists by their markers and indentation per
 * line, and brackets, emphasis and inline HTML-like openers within a line. Deeper than
 * MARKDOWN_MAX_NESTING is refused before the renderer (which recurses) sees it.
 */
export function markdownNesting(source: string): number {
  let deepest = 0;
  for (const row of source.split('\n')) {
    let depth = 0;
    let i = 0;
    // container markers at the start of the line: "> ", "- ", "* ", "+ ", "1. ", and indentation
    for (;;) {
      const rest = row.slice(i);
      const marker = /^( {0,3}>| {0,3}[-*+](?=\s)| {0,3}\d{1,9}[.)](?=\s)|\t| {4})/.exec(rest);
      if (!marker) break;
      depth++;
      i += marker[0].length;
      while (row[i] === ' ' && !/^ {4}/.test(row.slice(i))) i++;
    }
    let open = 0;
    for (; i < row.length; i++) {
      const c = row[i];
      if (c === '[' || c === '(' || c === '<') open++;
      else if ((c === ']' || c === ')' || c === '>') && open > 0) open--;
      if (depth + open > deepest) deepest = depth + open;
    }
    const thematicBreak = /^ {0,3}([-*_])( *\1){2,} *$/.test(row);
    const emphasis = thematicBreak ? 0 : Math.max(0, ...(row.match(/[*_~]{3,}/g) ?? []).map((run) => run.length));
    deepest = Math.max(deepest, depth, depth + Math.floor(emphasis / 2));
  }
  return deepest;
}

/** Markdown source: text() whose nesting is bounded. */
export const markdown = () =>
  text().refine(
    (s) => markdownNesting(s) <= MARKDOWN_MAX_NESTING,
    refusal('nesting', `Nests too deeply (at most ${MARKDOWN_MAX_NESTING} levels of quotes, lists, brackets or emphasis).`),
  );

/** An empty form field means "none". */
export const blankToNull = (v: unknown) => (v === '' ? null : v);

/** For optional query parameters: an empty field (or a JSON null) counts as not given. */
export const blankToUndefined = (v: unknown) => (v === '' || v === null ? undefined : v);
