import { EntryNote, EntryPosition, UpdateCollectionInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { z } from 'zod';
import { EntryForm } from '#lib/collections/entry-link.ts';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure } from '#lib/server/guards.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const Entry = z.coerce.number().int().positive();

/** A collection; its editors also get the topics to choose from and, with `?edit`, its form open (`?note=<entry>` for one note). */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const collection = await api.collection(event.params.slug).catch((e) => loadFailure(event, e));
  const canEdit = collection.permissions.canEdit;
  const note = Number(event.url.searchParams.get('note'));
  return {
    collection,
    topics: canEdit ? await api.topics() : [],
    editing: canEdit && event.url.searchParams.has('edit'),
    editingNote: canEdit ? (collection.entries.find((e) => e.id === note) ?? null) : null,
    saved: event.url.searchParams.get('saved'),
  };
};

export const actions: Actions = {
  update: (event) =>
    submitForm(event, { form: 'update', fields: ['title', 'topic', 'intro'], schema: UpdateCollectionInput }, async (input) => {
      await createApi(event).updateCollection(event.params.slug, input);
      redirect(303, `/collections/${event.params.slug}?saved=updated`);
    }),

  delete: (event) =>
    submitForm(event, { form: 'delete', fields: [], schema: z.object({}) }, async () => {
      await createApi(event).deleteCollection(event.params.slug);
      redirect(303, '/collections');
    }),

  add: (event) =>
    submitForm(event, { form: 'add', fields: ['targetId', 'note'], schema: EntryForm }, async (input) => {
      const collection = await createApi(event).addCollectionEntry(event.params.slug, { ...input.targetId, note: input.note });
      return succeeded('add', translate(event.locals.locale, 'collections.added', { title: collection.entries.at(-1)?.title ?? '' }));
    }),

  note: (event) =>
    submitForm(event, { form: 'note', fields: ['entry', 'note'], schema: z.object({ entry: Entry, note: EntryNote }) }, async (input) => {
      await createApi(event).updateCollectionEntry(event.params.slug, input.entry, { note: input.note ?? null });
      redirect(303, `/collections/${event.params.slug}?saved=note#entry-${input.entry}`);
    }),

  move: (event) =>
    submitForm(event, { form: 'move', fields: ['entry', 'position'], schema: z.object({ entry: Entry, position: EntryPosition }) }, async (input) => {
      await createApi(event).updateCollectionEntry(event.params.slug, input.entry, { position: input.position });
      return succeeded('move', translate(event.locals.locale, 'collections.moved'), { entry: String(input.entry) });
    }),

  remove: (event) =>
    submitForm(event, { form: 'remove', fields: ['entry'], schema: z.object({ entry: Entry }) }, async (input) => {
      await createApi(event).removeCollectionEntry(event.params.slug, input.entry);
      return succeeded('remove', translate(event.locals.locale, 'collections.removed'));
    }),
};
