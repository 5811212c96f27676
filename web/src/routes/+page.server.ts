import { createApi } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const visitor = !event.locals.user;
  const [categories, cities] = await Promise.all([api.categories(), visitor ? api.cities() : null]);
  return { categories, cityCount: cities?.length ?? null };
};
