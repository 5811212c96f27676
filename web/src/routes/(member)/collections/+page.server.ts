import { CollectionInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [collections, topics] = await Promise.all([api.collections(), api.topics()]);
  return { collections, topics };
};

export const actions: Actions = {
  create: (event) =>
    submitForm(event, { form: 'create', fields: ['title', 'topic', 'intro'], schema: CollectionInput }, async (input) => {
      const collection = await createApi(event).createCollection(input);
      redirect(303, `/collections/${collection.slug}?saved=created`);
    }),
};
