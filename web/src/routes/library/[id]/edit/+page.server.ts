import { UpdateDocumentInput } from '@praxisnetz/shared';
import { error, redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { documentPath } from '#lib/paths.ts';
import { ApiError, createApi } from '#lib/server/api.ts';
import { apiFailure, invalid } from '#lib/server/forms.ts';
import { shareableGroups } from '#lib/groups/group-choices.server.ts';
import { loadFailure, requireMember, pathId } from '#lib/server/guards.ts';
import { flatValues, readValues, valuesOf } from '#lib/documents/document-values.ts';
import { uploadErrors } from '#lib/documents/upload-errors.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

async function editableDocument(event: RequestEvent) {
  requireMember(event);
  const document = await createApi(event).document(pathId(event)).catch((e) => loadFailure(event, e));
  if (!document.canEdit) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  return document;
}

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [document, cities, topics, groups] = await Promise.all([
    editableDocument(event),
    api.cities(),
    api.topics(),
    shareableGroups(api, requireMember(event)),
  ]);
  return { document, values: valuesOf(document), cities, topics, groups };
};

export const actions: Actions = {
  save: async (event) => {
    const { locale } = event.locals;
    const id = pathId(event);
    const values = readValues(await event.request.formData(), {
      title: '',
      description: '',
      type: '',
      citySlug: '',
      year: '',
      language: '',
      topics: [],
      visibility: '',
      groupId: '',
    });
    const flat = flatValues(values);
    const parsed = UpdateDocumentInput.safeParse(values);
    if (!parsed.success) {
      const fields = parsed.error.issues.map((issue) => String(issue.path[0] ?? ''));
      const { errors, formError } = uploadErrors(locale, 'validation_failed', fields, { maxBytes: 0 });
      return invalid('edit', flat, errors, formError);
    }
    // Blank city and year clear them; the group counts only for a group document.
    const input = {
      ...parsed.data,
      citySlug: parsed.data.citySlug ?? null,
      year: parsed.data.year ?? null,
      groupId: parsed.data.visibility === 'group' ? parsed.data.groupId : null,
    };
    try {
      await createApi(event).updateDocument(id, input);
    } catch (e) {
      if (e instanceof ApiError && e.status === 400) {
        const found = uploadErrors(locale, e.code, Object.keys(e.fields), { maxBytes: 0 });
        return invalid('edit', flat, found.errors, found.formError);
      }
      return apiFailure('edit', flat, e, locale);
    }
    redirect(303, `${documentPath(id)}?saved=metadata`);
  },
};
