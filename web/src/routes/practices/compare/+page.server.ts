import { Id } from '@praxisnetz/shared';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** Two or three examples side by side (`?ids=1&ids=2`); ones the reader may not open are left out. */
const COMPARE_MAX = 3;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const ids = [...new Set(event.url.searchParams.getAll('ids').flatMap((v) => (Id.safeParse(v).success ? [Number(v)] : [])))].slice(0, COMPARE_MAX);
  const found = await Promise.all(ids.map((id) => api.practice(id).catch((e) => ignoreApiRefusal(e))));
  return { practices: found.filter((p) => p !== undefined), asked: event.url.searchParams.getAll('ids').length };
};
