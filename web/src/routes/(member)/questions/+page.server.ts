import { QuestionsQuery } from '@praxisnetz/shared';
import { createApi } from '#lib/server/api.ts';
import { validate } from '#lib/server/forms.ts';
import { queryOf } from '#lib/server/query.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

const FIELDS = ['status', 'topic', 'city', 'group', 'lang', 'mine', 'cursor'] as const;

/** The open questions: filters in the URL, so the view works without JavaScript and can be shared. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const values = queryOf(event.url, FIELDS);
  const input = validate(QuestionsQuery, values, event.locals.locale);
  const [questions, topics, cities, groups] = await Promise.all([
    input.ok ? api.questions(values).catch((e) => loadFailure(event, e)) : null,
    api.topics(),
    api.cities(),
    api.groups(),
  ]);
  return { values, errors: input.ok ? {} : input.errors, questions, topics, cities, groups };
};
