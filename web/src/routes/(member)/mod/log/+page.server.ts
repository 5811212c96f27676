import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { queryOf } from '#lib/server/query.ts';
import type { Actions, PageServerLoad } from './$types';

/** The filters the page passes on to the log (and its CSV link): what the address says, empty fields left out. */
const FILTERS = ['action', 'from', 'to', 'group', 'thread', 'actor', 'target', 'cursor'] as const;

export const load: PageServerLoad = async (event) => {
  const query = queryOf(event.url, FILTERS);
  const log = await createApi(event)
    .moderationLog(query)
    .catch((e) => loadFailure(event, e));
  const { cursor: _, ...filters } = query;
  return { log, filters };
};

export const actions: Actions = {
  undo: (event) =>
    submitForm(event, { form: 'undo', fields: ['entryId'], schema: z.object({ entryId: z.coerce.number().int().positive() }) }, async ({ entryId }) => {
      await createApi(event).undoModeration(entryId);
      return succeeded('undo', translate(event.locals.locale, 'log.undone'));
    }),
};
