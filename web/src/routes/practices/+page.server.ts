import { PracticeQuery } from '@praxisnetz/shared';
import { createApi } from '#lib/server/api.ts';
import { validate } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { PageServerLoad } from './$types';

const FIELDS = ['q', 'evidence', 'topic', 'targetGroup', 'setting', 'city', 'language', 'status'] as const;

/** The practice library: published examples for everyone; the review queue for reviewers, one's own in writing for members. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const values = queryOf(event.url, FIELDS);
  const input = validate(PracticeQuery, values, event.locals.locale);
  const [practices, topics, cities] = await Promise.all([input.ok ? api.practices(values).catch((e) => loadFailure(event, e)) : [], api.topics(), api.cities()]);
  return { values, errors: input.ok ? {} : input.errors, practices, topics, cities };
};
