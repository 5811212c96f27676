import { createApi } from '#lib/server/api.ts';
import type { PageServerLoad } from './$types';

/** Open to everyone: visitors see the public audits, members the network's and their groups'; `q` narrows them. */
export const load: PageServerLoad = async (event) => {
  const q = event.url.searchParams.get('q')?.trim() ?? '';
  return { audits: await createApi(event).audits(q ? { q } : {}), q, deleted: event.url.searchParams.has('deleted') };
};
