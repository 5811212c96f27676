import { LOCALES } from '@praxisnetz/shared';
import { eq, type SQL, sql } from 'drizzle-orm';
import type { PgColumn } from 'drizzle-orm/pg-core';
import type { Executor } from '../../../db/client.ts';
import { categories, liveSessions, questions, threads } from '../../../db/schema/index.ts';
import { rowsOf } from '../../../db/rows.ts';
import { matches, opaqueQuery, rank, typedText } from '../../search/index.ts';

export interface SessionScopeRow {
  id: number;
  groupId: number;
  hostId: number;
  audience: 'group' | 'network';
  startsAt: Date;
}

export async function findSessionScope(db: Executor, id: number): Promise<SessionScopeRow | undefined> {
  const [row] = await db
    .select({
      id: liveSessions.id,
      groupId: liveSessions.groupId,
      hostId: liveSessions.hostId,
      audience: liveSessions.audience,
      startsAt: liveSessions.startsAt,
    })
    .from(liveSessions)
    .where(eq(liveSessions.id, id));
  return row;
}

export interface SimilarQuestionRow {
  id: number;
  session_id: number;
  session_title: string;
  body: string;
  status: 'open' | 'answered';
  answer: string | null;
}

export interface SimilarThreadRow {
  id: number;
  title: string;
}

/** What the reader typed, and which sessions and categories they read (the policy's SQL twins). */
export interface SimilarQuery {
  text: string;
  /** the typed words joined by `or`: any of them makes a full-text match, more of them rank higher */
  anyWord: string;
  readableSessions: SQL;
  readableCategories: SQL;
  limit: number;
}

/**
 * How much of the typed text must reappear in a row, as trigrams, for a typo-tolerant match:
 * "Befragungen" in "… die Befragung …" is 0.75, "Anwohnerbefragung" there 0.73, "Befragnug der
 * Anwohner" 0.69, a near-duplicate sentence about 0.7; a sentence sharing only its filler words
 * with the row ("Wie habt ihr das gemacht?") 0.56.
 */
export const SIMILAR_THRESHOLD = 0.6;

/** For one transaction: the trigram threshold of `%>`, and no JIT for a statement of milliseconds. */
export const similarSettings = sql`select set_config('jit', 'off', true),
  set_config('pg_trgm.word_similarity_threshold', ${String(SIMILAR_THRESHOLD)}, true)`;

/**
 * Both ways of being similar can use an index: the typed text's trigrams in the body or title
 * (gin_trgm, forgives typos and finds a rephrased duplicate) and any of its words, stemmed in
 * the row's language (the search vector's GIN, finds another inflection). Ranked by the share
 * of trigrams found plus the full-text rank, which grows with the words matched.
 */
function similarity(column: PgColumn, language: PgColumn, vector: PgColumn, q: SimilarQuery) {
  const text = typedText(q.text);
  const parsed = opaqueQuery({ text: q.anyWord, languages: LOCALES });
  return {
    matches: sql`(${column} %> ${text} or ${matches(language, vector, LOCALES, parsed)})`,
    score: sql`(word_similarity(${text}, ${column}) + ${rank(language, vector, parsed)})`,
  };
}

/**
 * Published, still relevant questions (open or answered) of `sessionId` and of the sessions
 * before it that the reader may read: network sessions, and those of the reader's groups.
 */
export async function similarQuestions(db: Executor, session: SessionScopeRow, q: SimilarQuery): Promise<SimilarQuestionRow[]> {
  const { matches: matching, score } = similarity(questions.body, questions.language, questions.searchVector, q);
  const result = await db.execute(sql`
    select ${questions.id} as id, ${questions.sessionId} as session_id, ${liveSessions.title} as session_title,
      ${questions.body} as body, ${questions.status} as status, ${questions.answer} as answer
    from ${questions} join ${liveSessions} on ${liveSessions.id} = ${questions.sessionId}
    where ${matching}
      and ${questions.publishedAt} is not null and ${questions.status} in ('open', 'answered')
      and (${liveSessions.id} = ${session.id} or (${liveSessions.startsAt} <= ${session.startsAt.toISOString()}::timestamptz and ${q.readableSessions}))
    order by ${score} desc, ${questions.id} desc
    limit ${q.limit}`);
  return rowsOf<SimilarQuestionRow>(result);
}

/** Forum threads by their titles: public categories, and the private spaces of the reader's groups. */
export async function similarThreads(db: Executor, q: SimilarQuery): Promise<SimilarThreadRow[]> {
  const { matches: matching, score } = similarity(threads.title, threads.language, threads.searchVector, q);
  const result = await db.execute(sql`
    select ${threads.id} as id, ${threads.title} as title
    from ${threads} join ${categories} on ${categories.id} = ${threads.categoryId}
    where ${matching} and ${q.readableCategories}
    order by ${score} desc, ${threads.lastActivityAt} desc
    limit ${q.limit}`);
  return rowsOf<SimilarThreadRow>(result);
}
