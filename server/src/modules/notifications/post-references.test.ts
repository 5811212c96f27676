import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MENTIONS_MAX, mentionedUserIds, quotedPostIds } from './post-references.ts';

describe('what a post mentions and quotes', () => {
  it('finds the composer’s mentions and quotes, each once', () => {
    const body = [
      '> **Claire Lefèvre** [schrieb](/posts/41):',
      '> Wie machen Sie das?',
      '',
      'Danke @[Sabine Krüger](/users/7), und @[Sabine Krüger](/users/7) noch einmal; siehe auch [Beitrag](/posts/99).',
    ].join('\n');
    expect(mentionedUserIds(body)).toEqual([7]);
    // A link to a post outside a quote is not a quote.
    expect(quotedPostIds(body)).toEqual([41]);
  });

  it('ignores links that only look alike and caps the list', () => {
    expect(mentionedUserIds('[Sabine](/users/7) @[x](/users/abc) @[y](https://evil.example/users/8)')).toEqual([]);
    const many = Array.from({ length: 50 }, (_, i) => `@[P${i}](/users/${i + 1})`).join(' ');
    expect(mentionedUserIds(many)).toHaveLength(MENTIONS_MAX);
  });

  it('never throws and only returns positive ids, whatever is written', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 500 }), (text) => {
        for (const id of [...mentionedUserIds(text), ...quotedPostIds(text)]) expect(Number.isInteger(id) && id >= 0).toBe(true);
      }),
    );
  });
});
