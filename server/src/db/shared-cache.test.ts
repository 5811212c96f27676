import { describe, expect, it } from 'vitest';
import type { Executor } from './client.ts';
import { dropSharedCache, sharedLookup } from './shared-cache.ts';

/** A stand-in for a table: the cache only needs a handle to key on and a loader that reads "the database". */
function table() {
  const rows = new Map<string, { name: string }>();
  let reads = 0;
  const db = {} as Executor;
  const lookup = sharedLookup('categories', async (_db, slug) => {
    reads += 1;
    return rows.get(slug) && { ...rows.get(slug)! };
  });
  return { rows, db, lookup, reads: () => reads };
}

describe('the shared lookup cache', () => {
  it('reads a row once and then answers from memory', async () => {
    const t = table();
    t.rows.set('praevention', { name: 'Prävention' });
    expect(await t.lookup(t.db, 'praevention')).toEqual({ name: 'Prävention' });
    expect(await t.lookup(t.db, 'praevention')).toEqual({ name: 'Prävention' });
    expect(t.reads()).toBe(1);
  });

  it('keeps no misses, so a row inserted later (on any node) is found at once', async () => {
    const t = table();
    expect(await t.lookup(t.db, 'neu')).toBeUndefined();
    t.rows.set('neu', { name: 'Neu' });
    expect(await t.lookup(t.db, 'neu')).toEqual({ name: 'Neu' });
  });

  it('answers with the changed row after a drop', async () => {
    const t = table();
    t.rows.set('ag', { name: 'Alter Name' });
    await t.lookup(t.db, 'ag');
    t.rows.set('ag', { name: 'Neuer Name' });
    dropSharedCache(t.db, 'categories');
    expect(await t.lookup(t.db, 'ag')).toEqual({ name: 'Neuer Name' });
  });

  it('does not keep what a read that was under way during a drop returned', async () => {
    const t = table();
    t.rows.set('ag', { name: 'Alter Name' });
    const reading = t.lookup(t.db, 'ag');
    dropSharedCache(t.db, 'categories');
    t.rows.set('ag', { name: 'Neuer Name' });
    await reading;
    expect(await t.lookup(t.db, 'ag')).toEqual({ name: 'Neuer Name' });
  });
});
