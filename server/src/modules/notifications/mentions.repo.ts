import { escapeLike } from '../../db/like.ts';
import { and, asc, eq, ne, type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { cities, users } from '../../db/schema/index.ts';
import { authorColumns } from '../users/index.ts';


/**
 * Members whose name starts with what was typed, or has a word that does, among `readers` (the
 * policy's condition on `users`); never the one typing.
 */
export async function findMentionable(db: Executor, typed: string, readers: SQL, exceptId: number, limit: number) {
  const pattern = escapeLike(typed);
  return db
    .select(authorColumns)
    .from(users)
    .leftJoin(cities, eq(cities.id, users.cityId))
    .where(and(sql`(${users.displayName} ilike ${`${pattern}%`} or ${users.displayName} ilike ${`% ${pattern}%`})`, ne(users.id, exceptId), readers))
    .orderBy(asc(users.displayName))
    .limit(limit);
}
