import { BookmarkInput } from '@praxisnetz/shared';
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

const PostId = z.object({ postId: z.coerce.number().int().positive() });

export const actions: Actions = {
  /** The note kept with a bookmark (empty: none). */
  note: (event) =>
    submitForm(event, { form: 'bookmarks', fields: ['postId', 'note'], schema: PostId.extend(BookmarkInput.shape) }, async ({ postId, note }) => {
      await createApi(event).bookmark(postId, note);
      return succeeded('bookmarks', translate(event.locals.locale, 'bookmark.noteSaved'));
    }),
  remove: (event) =>
    submitForm(event, { form: 'bookmarks', fields: ['postId'], schema: PostId }, async ({ postId }) => {
      await createApi(event).unbookmark(postId);
      return succeeded('bookmarks', translate(event.locals.locale, 'bookmark.removed'));
    }),
};
