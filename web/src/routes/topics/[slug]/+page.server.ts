import { isMember } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/** A topic's threads (members), its documents (visitors see the public ones) and its collections. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const slug = event.params.slug;
  const cursor = event.url.searchParams.get('cursor') ?? undefined;
  const member = isMember(event.locals.user);
  const [topic, threads, documents, collections] = await Promise.all([
    api.topic(slug).catch((e) => loadFailure(event, e)),
    member ? api.topicThreads(slug, cursor).catch((e) => loadFailure(event, e)) : null,
    api.documents({ topic: slug }),
    member ? api.collections(slug) : null,
  ]);
  return { topic, threads, documents, collections: collections?.items ?? null, cursor: cursor ?? null };
};
