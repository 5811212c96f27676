import { escapeLike } from '../../db/like.ts';
import { type SQL, sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { documents, threads } from '../../db/schema/index.ts';
import { rowsOf } from '../../db/rows.ts';
import { searchSettings, similarTitle, titleSimilarity, typedText } from './search.sql.ts';

export interface SuggestRow {
  kind: 'thread' | 'document';
  id: number;
  title: string;
}


/**
 * Titles for search-as-you-type: those containing the typed text, a word starting with it first,
 * then shorter titles. Only when fewer than `limit` contain it are titles compared by trigram
 * similarity (typos), which costs far more per title. Both use the titles' trigram indexes.
 */
export async function suggestTitles(
  db: Executor,
  s: { text: string; readableThreads: SQL | null; readableDocuments: SQL; limit: number },
): Promise<SuggestRow[]> {
  const typed = escapeLike(s.text);
  const contains = `%${typed}%`;
  const wordStart = sql`(title ilike ${`${typed}%`} or title ilike ${`% ${typed}%`})`;
  const text = typedText(s.text);
  const sources = (condition: (title: typeof threads.title | typeof documents.title) => SQL, extra: (title: typeof threads.title | typeof documents.title) => SQL) => {
    const parts: SQL[] = [];
    if (s.readableThreads) {
      parts.push(sql`select 'thread'::text as kind, ${threads.id} as id, ${threads.title} as title${extra(threads.title)}
        from ${threads} where ${condition(threads.title)} and ${s.readableThreads}`);
    }
    parts.push(sql`select 'document'::text as kind, ${documents.id} as id, ${documents.title} as title${extra(documents.title)}
      from ${documents} where ${s.readableDocuments} and ${condition(documents.title)}`);
    return sql.join(parts, sql` union all `);
  };
  const none = () => sql``;
  const query = sql`with
    contained as materialized (
      select kind, id, title, row_number() over (order by ${wordStart} desc, length(title), kind, id) as n
      from (${sources((title) => sql`${title} ilike ${contains}`, none)}) titles
      order by n limit ${s.limit}
    ),
    resembling as materialized (
      select kind, id, title, row_number() over (order by similarity desc, length(title), kind, id) as n
      from (${sources(
        (title) => sql`(select count(*) from contained) < ${s.limit} and ${similarTitle(title, text)}`,
        (title) => sql`, ${titleSimilarity(title, text)} as similarity`,
      )}) titles
      order by n limit ${s.limit}
    )
    select kind, id, title from (
      select kind, id, title, 0 as tier, n from contained
      union all
      select kind, id, title, 1, n from resembling where (kind, id) not in (select kind, id from contained)
    ) suggestions
    order by tier, n limit ${s.limit}`;
  return db.transaction(async (tx) => {
    await tx.execute(searchSettings);
    return rowsOf<SuggestRow>(await tx.execute(query));
  });
}
