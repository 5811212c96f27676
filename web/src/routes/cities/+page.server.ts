import { CityInput, MergeCityInput } from '@praxisnetz/shared';
import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { isAdmin } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'state', 'country'] as const;

export const load: PageServerLoad = async (event) => {
  const admin = isAdmin(event.locals.user);
  const api = createApi(event);
  const editSlug = admin ? event.url.searchParams.get('edit') : null;
  return {
    cities: await api.cities(),
    map: await api.citiesMap(translate(event.locals.locale, 'cities.mapTitle')),
    isAdmin: admin,
    editSlug,
    /** who may coordinate the city being edited: its active members */
    members: editSlug ? (await api.users({ city: editSlug, status: 'active' })).items.map((u) => ({ id: u.id, displayName: u.displayName })) : [],
  };
};

export const actions: Actions = {
  create: (event) =>
    submitForm(event, { form: 'create', fields: FIELDS, schema: CityInput }, async (input) => {
      const city = await createApi(event).createCity(input);
      return succeeded('create', translate(event.locals.locale, 'cities.created', { name: city.name }));
    }),

  coordinator: (event) =>
    submitForm(event, { form: 'coordinator', fields: ['slug', 'userId'], schema: z.object({ userId: z.string() }) }, async ({ userId }, values) => {
      const city = await createApi(event).setCoordinator(values.slug, userId ? Number(userId) : null);
      return succeeded('coordinator', translate(event.locals.locale, 'cities.coordinatorSaved', { name: city.name }));
    }),

  merge: (event) =>
    submitForm(event, { form: 'merge', fields: ['slug', 'intoSlug'], schema: MergeCityInput }, async ({ intoSlug }, values) => {
      const city = await createApi(event).mergeCity(values.slug, intoSlug);
      return succeeded('merge', translate(event.locals.locale, 'cities.merged', { name: city.name }));
    }),

  update: (event) =>
    submitForm(event, { form: 'update', fields: [...FIELDS, 'slug'], schema: CityInput }, async (input, values) => {
      const city = await createApi(event).updateCity(values.slug, input);
      return succeeded('update', translate(event.locals.locale, 'cities.updated', { name: city.name }));
    }),
};
