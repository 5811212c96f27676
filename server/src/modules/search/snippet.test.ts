import { describe, expect, it } from 'vitest';
import { MARK, wordPrefixes } from './headline.sql.ts';
import { toSnippet } from './snippet.ts';

const marked = (text: string) => `${MARK.start}${text}${MARK.stop}`;

describe('snippets as HTML', () => {
  it('escapes the text and turns match markers into <mark>', () => {
    const headline = `a ${MARK.lt}b${MARK.gt} & "c" 'd' ${marked('Haus')}`;
    expect(toSnippet(headline)).toBe('a &lt;b&gt; &amp; &quot;c&quot; &#39;d&#39; <mark>Haus</mark>');
  });

  it('closes a mark left open and drops a stray end marker, so the HTML stays balanced', () => {
    expect(toSnippet(`x ${MARK.start}Haus`)).toBe('x <mark>Haus</mark>');
    expect(toSnippet(`x${MARK.stop} y`)).toBe('x y');
  });

  it('collapses line breaks and runs of spaces, and is empty for no text', () => {
    expect(toSnippet('eins\n\n  zwei ')).toBe('eins zwei');
    expect(toSnippet(null)).toBe('');
  });
});

describe('where a long text is cut for its snippet', () => {
  it('looks for the first letters of each typed word, leaving out negated words and OR', () => {
    expect(wordPrefixes('Häuser "Kriminalprävention im" -Polizei or Ei')).toBe('häus kriminalpräventi');
  });
});
