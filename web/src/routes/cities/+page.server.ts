import { CityInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { isAdmin } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'state', 'country'] as const;

export const load: PageServerLoad = async (event) => {
  const admin = isAdmin(event.locals.user);
  return {
    cities: await createApi(event).cities(),
    isAdmin: admin,
    editSlug: admin ? event.url.searchParams.get('edit') : null,
  };
};

export const actions: Actions = {
  create: (event) =>
    submitForm(event, { form: 'create', fields: FIELDS, schema: CityInput }, async (input) => {
      const city = await createApi(event).createCity(input);
      return succeeded('create', translate(event.locals.locale, 'cities.created', { name: city.name }));
    }),

  update: (event) =>
    submitForm(event, { form: 'update', fields: [...FIELDS, 'slug'], schema: CityInput }, async (input, values) => {
      const city = await createApi(event).updateCity(values.slug, input);
      return succeeded('update', translate(event.locals.locale, 'cities.updated', { name: city.name }));
    }),
};
