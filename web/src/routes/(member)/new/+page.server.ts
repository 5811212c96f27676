import { CreateThreadInput, TITLE_MAX, TITLE_MIN } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { threadPath } from '#lib/paths.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, previewed, readForm, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['categorySlug', 'title', 'body'] as const;

export const load: PageServerLoad = async (event) => ({
  categories: await createApi(event).categories(),
  preselected: event.url.searchParams.get('category') ?? '',
  titleLimits: { min: TITLE_MIN, max: TITLE_MAX },
});

export const actions: Actions = {
  create: (event) =>
    submitForm(event, { form: 'thread', fields: FIELDS, schema: CreateThreadInput }, async (input) =>
      redirect(303, threadPath(await createApi(event).createThread(input))),
    ),

  preview: async (event) => {
    const values = readForm(await event.request.formData(), FIELDS);
    try {
      return previewed('thread', values, await createApi(event).preview(values.body));
    } catch (e) {
      return apiFailure('thread', values, e, event.locals.locale);
    }
  },
};
