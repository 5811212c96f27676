import { redirect } from '@sveltejs/kit';
import { postViewHref, threadPath } from '#lib/paths.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/**
 * `/posts/<id>`, the address search results give a reply: it leads to the page of the thread that
 * shows the reply, scrolled to it. The (member) layout asks visitors to sign in first.
 */
export const load: PageServerLoad = async (event) => {
  const postId = pathId(event);
  const api = createApi(event);
  const { threadId, cursor } = await api.locatePost(postId).catch((e) => loadFailure(event, e));
  // The thread's slug makes it one redirect instead of two (the thread page would move to its canonical path).
  const { thread } = await api.thread(threadId, cursor ?? undefined).catch((e) => loadFailure(event, e));
  redirect(303, postViewHref(threadPath(thread), cursor, postId));
};
