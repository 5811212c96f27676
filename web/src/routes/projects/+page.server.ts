import { ProjectQuery } from '@praxisnetz/shared';
import { createApi } from '#lib/server/api.ts';
import { validate } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { PageServerLoad } from './$types';

const FIELDS = ['programme', 'topic', 'status', 'city', 'proposed'] as const;

/** The network's projects, public; filtered by programme, topic, status and city. The staff see the proposals with `proposed=1`. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const values = queryOf(event.url, FIELDS);
  const input = validate(ProjectQuery, values, event.locals.locale);
  const [projects, topics, cities] = await Promise.all([input.ok ? api.projects(values).catch((e) => loadFailure(event, e)) : [], api.topics(), api.cities()]);
  return { values, errors: input.ok ? {} : input.errors, projects, topics, cities };
};
