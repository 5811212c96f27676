import { MembersQuery } from '@praxisnetz/shared';
import { createApi } from '#lib/server/api.ts';
import { validate } from '#lib/server/forms.ts';
import { queryOf } from '#lib/server/query.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

const FIELDS = ['q', 'city', 'expertise', 'language', 'cursor'] as const;

/** The member directory: who knows what, by name, city, field of expertise and language. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const values = queryOf(event.url, FIELDS);
  const input = validate(MembersQuery, values, event.locals.locale);
  const [members, topics, cities] = await Promise.all([
    input.ok ? api.members(values).catch((e) => loadFailure(event, e)) : null,
    api.topics(),
    api.cities(),
  ]);
  return { values, errors: input.ok ? {} : input.errors, members, topics, cities };
};
