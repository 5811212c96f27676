import { error } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const cursor = event.url.searchParams.get('cursor');
  const topic = event.url.searchParams.get('topic') || null;
  const [categories, topics, threads] = await Promise.all([
    api.categories(),
    api.topics(),
    api.categoryThreads(event.params.slug, cursor ?? undefined, topic ?? undefined).catch((e) => loadFailure(event, e)),
  ]);
  const category = categories.find((c) => c.slug === event.params.slug);
  if (!category) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
  return { category, threads, cursor, topics, topic };
};
