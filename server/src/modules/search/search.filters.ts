import { type SQL, sql } from 'drizzle-orm';
import type { SearchThreadType } from '@praxisnetz/shared';
import type { PgColumn } from 'drizzle-orm/pg-core';
import { categories, cities, documents, groups, posts, threads, users } from '../../db/schema/index.ts';
import { documentHasTopic, threadHasTopic } from '../topics/index.ts';

/** The narrowing a searcher chose; slugs are resolved inside the query, an unknown one matches nothing. */
export interface SearchFilters {
  category?: string;
  topic?: string;
  city?: string;
  year?: number;
  lang?: 'de' | 'en' | 'fr';
  /** the kind of threads (documents, audits and sessions are other searches) */
  type?: SearchThreadType;
  group?: string;
  /** days, YYYY-MM-DD, both included (network time is close enough to UTC for a day's filter) */
  from?: string;
  to?: string;
}

function within(column: PgColumn, from: string | undefined, to: string | undefined): SQL | undefined {
  if (!from && !to) return undefined;
  return sql.join(
    [from && sql`${column} >= ${from}::date`, to && sql`${column} < ${to}::date + 1`].filter((c): c is SQL => !!c),
    sql` and `,
  );
}

const ofType: Record<SearchThreadType, SQL> = {
  question: sql`${threads.kind} = 'question'`,
  answered: sql`${threads.kind} = 'question' and ${threads.acceptedPostId} is not null`,
  unanswered: sql`${threads.kind} = 'question' and ${threads.acceptedPostId} is null`,
  discussion: sql`${threads.kind} = 'discussion'`,
};

const categoryId = (slug: string) => sql`(select ${categories.id} from ${categories} where ${categories.slug} = ${slug})`;
const cityId = (slug: string) => sql`(select ${cities.id} from ${cities} where ${cities.slug} = ${slug})`;
const authorsIn = (slug: string) => sql`(select ${users.id} from ${users} where ${users.cityId} = ${cityId(slug)})`;

/** Forum rows carry no year: the year they were written, in UTC. */
function createdIn(column: typeof posts.createdAt | typeof threads.createdAt, year: number): SQL {
  const from = new Date(Date.UTC(year, 0, 1)).toISOString();
  const to = new Date(Date.UTC(year + 1, 0, 1)).toISOString();
  return sql`${column} >= ${from}::timestamptz and ${column} < ${to}::timestamptz`;
}

function all(conditions: (SQL | false | undefined)[]): SQL[] {
  return conditions.filter((c): c is SQL => !!c);
}

/** Threads: the thread's category, its author's city, the year it was opened, its language. */
export function threadFilters(f: SearchFilters): SQL[] {
  return all([
    f.category !== undefined && sql`${threads.categoryId} = ${categoryId(f.category)}`,
    f.topic !== undefined && threadHasTopic(f.topic),
    f.city !== undefined && sql`${threads.authorId} in ${authorsIn(f.city)}`,
    f.year !== undefined && createdIn(threads.createdAt, f.year),
    f.lang !== undefined && sql`${threads.language} = ${f.lang}`,
    f.type !== undefined && ofType[f.type],
    f.group !== undefined && sql`${threads.categoryId} = (select ${categories.id} from ${categories} join ${groups} on ${groups.id} = ${categories.groupId} where ${groups.slug} = ${f.group})`,
    within(threads.createdAt, f.from, f.to),
  ]);
}

/** Replies: their thread's category, their own author's city, year and language. */
export function postFilters(f: SearchFilters): SQL[] {
  return all([
    // As an array, the category's threads become an index condition on posts_thread_idx that
    // the planner intersects with the text matches before reading any post (a BitmapAnd).
    f.category !== undefined &&
      sql`${posts.threadId} = any(array(select ${threads.id} from ${threads} where ${threads.categoryId} = ${categoryId(f.category)}))`,
    f.topic !== undefined && sql`${posts.threadId} = any(array(select ${threads.id} from ${threads} where ${threadHasTopic(f.topic)}))`,
    f.city !== undefined && sql`${posts.authorId} in ${authorsIn(f.city)}`,
    f.year !== undefined && createdIn(posts.createdAt, f.year),
    f.lang !== undefined && sql`${posts.language} = ${f.lang}`,
    within(posts.createdAt, f.from, f.to),
  ]);
}

/**
 * Documents: one of their topics, the city and year they are about, their language. A category
 * narrows documents to the topic of the same name (documents' topics began as the forum's categories).
 */
export function documentFilters(f: SearchFilters): SQL[] {
  return all([
    f.category !== undefined && documentHasTopic(f.category),
    f.topic !== undefined && documentHasTopic(f.topic),
    f.city !== undefined && sql`${documents.cityId} = ${cityId(f.city)}`,
    f.year !== undefined && sql`${documents.year} = ${f.year}`,
    f.lang !== undefined && sql`${documents.language} = ${f.lang}`,
    within(documents.createdAt, f.from, f.to),
  ]);
}
