import { isAdmin, isMember } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The vocabulary is public: visitors reach the public documents on a topic from here; members also see the collections. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [topics, collections] = await Promise.all([api.topics(), isMember(event.locals.user) ? api.collections() : null]);
  return { topics, collections, canManage: isAdmin(event.locals.user) };
};
