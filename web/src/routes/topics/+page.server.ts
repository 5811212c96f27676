import { isAdmin } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** The vocabulary is public: visitors reach the public documents on a topic from here. */
export const load: PageServerLoad = async (event) => ({ topics: await createApi(event).topics(), canManage: isAdmin(event.locals.user) });
