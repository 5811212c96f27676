import type { SharedCacheName } from '@praxisnetz/shared';
import type { Executor } from './client.ts';

export type { SharedCacheName };

interface Entries {
  /** raised by every drop: a load that started before it must not store what it read */
  generation: number;
  rows: Map<string, Promise<unknown>>;
}

const registry = new WeakMap<Executor, Map<SharedCacheName, Entries>>();

function entriesOf(db: Executor, name: SharedCacheName): Entries {
  let caches = registry.get(db);
  if (!caches) registry.set(db, (caches = new Map()));
  let entries = caches.get(name);
  if (!entries) caches.set(name, (entries = { generation: 0, rows: new Map() }));
  return entries;
}

/**
 * A lookup of rows every reader shares (a category or a city by its slug), kept in memory per
 * database handle. Only rows that exist are kept, so a row another node has just inserted is found
 * at once; a change to a kept row must be followed by `dropSharedCache` here and on every other
 * node (the services announce it through the Publisher, see `cacheChanged`).
 */
export function sharedLookup<V>(name: SharedCacheName, load: (db: Executor, key: string) => Promise<V | undefined>) {
  return (db: Executor, key: string): Promise<V | undefined> => {
    const entries = entriesOf(db, name);
    const kept = entries.rows.get(key) as Promise<V> | undefined;
    if (kept) return kept;
    const { generation } = entries;
    const loading = load(db, key);
    loading.then(
      (row) => {
        if (row !== undefined && entries.generation === generation) entries.rows.set(key, Promise.resolve(row));
      },
      () => {},
    );
    return loading;
  };
}

/** Forgets every kept row of the cache: after a committed change, and when another node announces one. */
export function dropSharedCache(db: Executor, name: SharedCacheName): void {
  const entries = entriesOf(db, name);
  entries.generation += 1;
  entries.rows.clear();
}
