import { describe, expect, it } from 'vitest';
import { slugify } from './slug.ts';

describe('slugify', () => {
  it('turns German titles into readable ASCII URLs', () => {
    expect(slugify('Größe & Arbeitsweise eures Präventionsrats?')).toBe('groesse-arbeitsweise-eures-praeventionsrats');
    expect(slugify('Sécurité urbaine à Strasbourg')).toBe('securite-urbaine-a-strasbourg');
    expect(slugify('!!!')).toBe('');
  });
});
