import { createApi } from '#lib/server/api.ts';
import { idParam } from '#lib/forum/composer.server.ts';
import { shareableGroups } from '#lib/groups/group-choices.server.ts';
import { requireMember, safeNext } from '#lib/server/guards.ts';
import { emptyValues, readValues } from '#lib/documents/document-values.ts';
import { redirectedErrors } from '#lib/documents/upload-errors.ts';
import type { PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const member = requireMember(event);
  const { locale } = event.locals;
  const api = createApi(event);
  const query = event.url.searchParams;
  const [limits, cities, topics, groups] = await Promise.all([
    api.uploadLimits(),
    api.cities(),
    api.topics(),
    shareableGroups(api, member),
  ]);
  // "Upload for the group" on a group's page: the document is shared with that group unless changed here.
  const groupId = idParam(query.get('group'));
  const preselected = groups.find((g) => g.id === groupId);
  // A form upload without JavaScript that the API refused comes back here with the error and the entered values.
  const refused = redirectedErrors(locale, query, limits.maxBytes);
  const returnTo = query.has('returnTo') ? safeNext(query.get('returnTo')) : null;
  return {
    maxBytes: limits.maxBytes,
    cities,
    topics,
    groups,
    values: readValues(query, emptyValues({ language: locale, citySlug: member.city?.slug, groupId: preselected?.id })),
    result: refused && { form: 'upload', values: {}, ...refused },
    returnTo: returnTo === '/' ? null : returnTo,
  };
};
