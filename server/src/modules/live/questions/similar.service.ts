import { SimilarInput, type SimilarResult } from '@praxisnetz/shared';
import type { Db } from '../../../db/client.ts';
import { type Actor, canReadSession, readableCategorySql, readableSessionSql } from '../../../policy/index.ts';
import { NotFound } from '../../../lib/errors.ts';
import { parseInput } from '../../../lib/validate.ts';
import { findSessionScope, type SimilarQuery, similarQuestions, similarSettings, similarThreads } from './similar.repo.ts';

export const SIMILAR_MAX = 5;
/** websearch_to_tsquery's OR needs no more words than a question has; more only slow the match. */
const MAX_WORDS = 30;

/** "Wie habt ihr Befragungen" → "Wie or habt or ihr or Befragungen": a row needs only one of them. */
function anyWord(text: string): string {
  const words = text.match(/[\p{L}\p{N}]+/gu) ?? [];
  // A lone "or" would be read as the operator.
  const kept = [...new Set(words.filter((w) => w.toLowerCase() !== 'or'))].slice(0, MAX_WORDS);
  return kept.join(' or ');
}

export function createSimilarService(db: Db) {
  return {
    /**
     * "Asked before?" while a question is typed: published questions of this session and the
     * earlier ones the actor may read, and forum threads they may read, most similar first.
     */
    async similar(actor: Actor, sessionId: number, input: unknown): Promise<SimilarResult> {
      const session = await findSessionScope(db, sessionId);
      if (!session || !canReadSession(actor, session)) throw NotFound('Session');
      const { q: text } = parseInput(SimilarInput, input);
      const query: SimilarQuery = { text, anyWord: anyWord(text), readableSessions: readableSessionSql(actor), readableCategories: readableCategorySql(actor), limit: SIMILAR_MAX };
      const [questions, threads] = await db.transaction(async (tx) => {
        await tx.execute(similarSettings);
        return [await similarQuestions(tx, session, query), await similarThreads(tx, query)] as const;
      });
      return {
        questions: questions.map((r) => ({
          id: r.id,
          sessionId: r.session_id,
          sessionTitle: r.session_title,
          body: r.body,
          status: r.status,
          answer: r.answer,
        })),
        threads,
      };
    },
  };
}
export type SimilarService = ReturnType<typeof createSimilarService>;
