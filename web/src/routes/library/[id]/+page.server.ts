import { PracticeMarkInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { ApiError, createApi } from '#lib/server/api.ts';
import { apiFailure, submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure, loginPath, pathId } from '#lib/server/guards.ts';
import { redirectedErrors } from '#lib/documents/upload-errors.ts';
import type { Actions, PageServerLoad } from './$types';

const SAVED = ['metadata', 'version'] as const;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const document = await api.document(pathId(event)).catch((e) => {
    // Members-only documents are "not found" for visitors: signing in may show them.
    if (e instanceof ApiError && e.status === 404 && !event.locals.user) redirect(303, loginPath(event.url));
    return loadFailure(event, e);
  });
  const query = event.url.searchParams;
  const maxBytes = document.canEdit ? (await api.uploadLimits()).maxBytes : 0;
  // A new version uploaded without JavaScript that the API refused comes back here with the error.
  const refused = document.canEdit ? redirectedErrors(event.locals.locale, query, maxBytes) : undefined;
  const saved = SAVED.find((kind) => kind === query.get('saved')) ?? null;
  return {
    document,
    maxBytes,
    versionResult: refused && { form: 'version', values: {}, ...refused },
    confirmDelete: document.canEdit && query.has('delete'),
    saved: refused ? null : saved,
  };
};

export const actions: Actions = {
  delete: async (event) => {
    try {
      await createApi(event).deleteDocument(pathId(event));
    } catch (e) {
      return apiFailure('delete', {}, e, event.locals.locale);
    }
    redirect(303, '/library?deleted=1');
  },
  practice: (event) =>
    submitForm(event, { form: 'practice', fields: ['summary'], schema: PracticeMarkInput }, async (input, values) => {
      await createApi(event).markDocumentPractice(pathId(event), input);
      return succeeded('practice', translate(event.locals.locale, 'practice.marked'), values);
    }),
  unpractice: (event) =>
    submitForm(event, { form: 'practice', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).markDocumentPractice(pathId(event), null);
      return succeeded('practice', translate(event.locals.locale, 'practice.removed'));
    }),
};
