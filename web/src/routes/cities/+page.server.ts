import { CityInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { isAdmin } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, succeeded, validate } from '#lib/server/forms.ts';
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
  create: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), FIELDS);
    const input = validate(CityInput, values, locale);
    if (!input.ok) return invalid('create', values, input.errors);
    try {
      const city = await createApi(event).createCity(input.data);
      return succeeded('create', translate(locale, 'cities.created', { name: city.name }));
    } catch (e) {
      return apiFailure('create', values, e, locale);
    }
  },

  update: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const values = readForm(data, FIELDS);
    const input = validate(CityInput, values, locale);
    if (!input.ok) return invalid('update', values, input.errors);
    try {
      const city = await createApi(event).updateCity(String(data.get('slug') ?? ''), input.data);
      return succeeded('update', translate(locale, 'cities.updated', { name: city.name }));
    } catch (e) {
      return apiFailure('update', values, e, locale);
    }
  },
};
