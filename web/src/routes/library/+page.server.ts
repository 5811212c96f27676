import { DocumentListQuery } from '@praxisnetz/shared';
import { isMember } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure, requireMember } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

const FILTERS = ['type', 'city', 'year', 'language', 'topic', 'sort', 'owner', 'group'] as const;
type Filter = (typeof FILTERS)[number];

/** The filters of the address, each kept only if the API would accept it: a stale link still shows a list. */
function readFilters(query: URLSearchParams): Record<Filter, string> {
  const shape = DocumentListQuery.shape;
  return Object.fromEntries(
    FILTERS.map((name) => {
      const value = query.get(name)?.trim() ?? '';
      return [name, value && shape[name].safeParse(value).success ? value : ''];
    }),
  ) as Record<Filter, string>;
}

export const load: PageServerLoad = async (event) => {
  const filters = readFilters(event.url.searchParams);
  // "My documents" and a working group's documents are members' views; visitors are asked to sign in.
  if (filters.owner || filters.group) requireMember(event);
  const cursor = event.url.searchParams.get('cursor') ?? '';
  const api = createApi(event);
  const [documents, cities, topics, group] = await Promise.all([
    api.documents({ ...filters, cursor }).catch((e) => loadFailure(event, e)),
    api.cities(),
    api.topics(),
    filters.group ? api.group(Number(filters.group)).catch((e) => loadFailure(event, e)) : null,
  ]);
  return {
    filters,
    cursor,
    documents,
    cities,
    topics,
    group: group && { id: group.id, name: group.name },
    canUpload: isMember(event.locals.user),
    signedIn: event.locals.user !== null,
    deleted: event.url.searchParams.has('deleted'),
  };
};
