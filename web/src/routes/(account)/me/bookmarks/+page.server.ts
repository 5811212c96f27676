import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { requireMember } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  requireMember(event);
  return { bookmarks: await createApi(event).bookmarks() };
};

export const actions: Actions = {
  remove: (event) =>
    submitForm(event, { form: 'bookmarks', fields: ['postId'], schema: z.object({ postId: z.coerce.number().int().positive() }) }, async ({ postId }) => {
      await createApi(event).unbookmark(postId);
      return succeeded('bookmarks', translate(event.locals.locale, 'settings.saved'));
    }),
};
