import { createApi } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** Open to everyone: visitors see the public audits, members the network's and their groups'. */
export const load: PageServerLoad = async (event) => ({ audits: await createApi(event).audits() });
