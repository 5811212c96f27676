import { sql } from 'drizzle-orm';
import type { Executor } from '../../db/client.ts';
import { rowsOf } from '../../db/rows.ts';
import { categories, questionSuggestions, threads, threadTopics, userExpertise, users } from '../../db/schema/index.ts';
import { groupReadersSql } from '../../policy/index.ts';
import type { NotificationsService } from '../notifications/index.ts';

/** At most this many members are asked per question. */
export const SUGGESTED_PER_QUESTION = 3;
/** Fairness: those asked least within this many days come first. */
const FAIRNESS_DAYS = 30;

/**
 * The members a new question is suggested to: active, with expertise in one of its topics, able
 * to read it (a group's question only to those who read the group), never the asker. Those asked
 * least in the last 30 days come first, then those whose expertise matches more of its topics,
 * then those asked longest ago — so suggestions spread across the network's experts.
 */
async function pickExperts(tx: Executor, threadId: number, askerId: number): Promise<number[]> {
  const askedLately = sql`(select count(*) from ${questionSuggestions} qs
    where qs.user_id = ${users.id} and qs.created_at > now() - make_interval(days => ${FAIRNESS_DAYS}))`;
  const lastAsked = sql`coalesce((select max(qs.created_at) from ${questionSuggestions} qs where qs.user_id = ${users.id}), '-infinity')`;
  const rows = rowsOf<{ id: number }>(
    await tx.execute(sql`
      select ${users.id} as id from ${users}
      join ${userExpertise} on ${userExpertise.userId} = ${users.id}
      join ${threadTopics} on ${threadTopics.topicId} = ${userExpertise.topicId} and ${threadTopics.threadId} = ${threadId}
      join ${threads} on ${threads.id} = ${threadId}
      join ${categories} on ${categories.id} = ${threads.categoryId}
      where ${users.status} = 'active' and ${users.id} <> ${askerId}
        and (${categories.groupId} is null or ${groupReadersSql(categories.groupId)})
      group by ${users.id}
      order by ${askedLately} asc, count(*) desc, ${lastAsked} asc, ${users.id}
      limit ${SUGGESTED_PER_QUESTION}`),
  );
  return rows.map((r) => r.id);
}

/**
 * Routing by expertise: in a new question's transaction, records whom it is suggested to and
 * tells them (in the app, by mail as each chose). Answers the members told, for `told` after commit.
 */
export function createQuestionRouting(notifications: Pick<NotificationsService, 'tell'>) {
  return async function route(tx: Executor, question: { id: number; title: string; authorId: number; authorName: string }): Promise<number[]> {
    const experts = await pickExperts(tx, question.id, question.authorId);
    if (!experts.length) return [];
    await tx.insert(questionSuggestions).values(experts.map((userId) => ({ threadId: question.id, userId })));
    const about = { title: question.title, actor: question.authorName, path: `/threads/${question.id}` };
    return notifications.tell(tx, 'question_for_you', experts, { threadId: question.id, actorId: question.authorId }, about);
  };
}
export type QuestionRouting = ReturnType<typeof createQuestionRouting>;
