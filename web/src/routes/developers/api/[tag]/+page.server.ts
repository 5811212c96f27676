import { apiReference } from '@praxisnetz/server/api-reference';
import { error } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import type { PageServerLoad } from './$types';

/** One area of the API reference in detail: parameters, request and answer schemas (public). */
export const load: PageServerLoad = ({ params, locals }) => {
  const tag = apiReference().find((t) => t.slug === params.tag);
  if (!tag) error(404, translate(locals.locale, 'error.notFoundTitle'));
  return { tag };
};
