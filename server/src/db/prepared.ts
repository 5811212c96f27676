import type { Executor } from './client.ts';

/**
 * Builds a hot query once per database handle and reuses it: Drizzle's query building costs
 * about as much as PGlite's execution of a small query.
 */
export function preparedQuery<P>(build: (db: Executor) => P): (db: Executor) => P {
  const cache = new WeakMap<Executor, P>();
  return (db) => {
    let query = cache.get(db);
    if (!query) {
      query = build(db);
      cache.set(db, query);
    }
    return query;
  };
}
