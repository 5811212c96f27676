import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/** Administrators read every mail the platform wrote (moderators are refused by the service). */
export const load: PageServerLoad = async (event) => {
  const cursor = event.url.searchParams.get('cursor');
  const mails = await createApi(event)
    .outbox(cursor ?? undefined)
    .catch((e) => loadFailure(event, e));
  return { mails, cursor };
};
