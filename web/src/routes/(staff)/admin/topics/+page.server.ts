import { TopicInput, TopicName } from '@praxisnetz/shared';
import { error } from '@sveltejs/kit';
import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { isAdmin } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The form names a topic in one field per language; the API takes them as `name`. */
const TopicForm = z.object({ slug: TopicInput.shape.slug, nameDe: TopicName, nameEn: TopicName, nameFr: TopicName, position: TopicInput.shape.position });
const FIELDS = ['slug', 'nameDe', 'nameEn', 'nameFr', 'position'] as const;
const nameOf = (f: z.infer<typeof TopicForm>) => ({ de: f.nameDe, en: f.nameEn, fr: f.nameFr });

export const load: PageServerLoad = async (event) => {
  if (!isAdmin(event.locals.user)) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  const topics = await createApi(event).topics();
  const editSlug = event.url.searchParams.get('edit');
  return { topics, editing: topics.find((t) => t.slug === editSlug) ?? null };
};

export const actions: Actions = {
  create: (event) =>
    submitForm(event, { form: 'create', fields: FIELDS, schema: TopicForm }, async (input) => {
      const topic = await createApi(event).createTopic({ slug: input.slug, name: nameOf(input), position: input.position });
      return succeeded('create', translate(event.locals.locale, 'topics.created', { name: topic.name.de }));
    }),

  update: (event) =>
    submitForm(event, { form: 'update', fields: FIELDS, schema: TopicForm }, async (input, values) => {
      const topic = await createApi(event).updateTopic(values.slug, { name: nameOf(input), position: input.position });
      return succeeded('update', translate(event.locals.locale, 'topics.updated', { name: topic.name.de }));
    }),

  delete: (event) =>
    submitForm(event, { form: 'delete', fields: ['slug'], schema: z.object({ slug: z.string().min(1) }) }, async ({ slug }) => {
      await createApi(event).deleteTopic(slug);
      return succeeded('delete', translate(event.locals.locale, 'topics.deleted'));
    }),
};
