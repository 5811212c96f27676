import { CityProfileInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A member city's public page: its prevention council and contact, its public audits, projects and practice examples. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const slug = event.params.slug;
  const [city, audits, projects, practices] = await Promise.all([
    api.city(slug).catch((e) => loadFailure(event, e)),
    api.audits({}),
    api.projects({ city: slug }),
    api.practices({ city: slug }),
  ]);
  return { city, audits: audits.items.filter((a) => a.city.slug === slug), projects, practices, editing: city.permissions.canEdit && event.url.searchParams.has('edit') };
};

export const actions: Actions = {
  profile: (event) =>
    submitForm(event, { form: 'profile', fields: ['council', 'contact', 'website', 'latitude', 'longitude'], schema: CityProfileInput }, async (input, values) => {
      await createApi(event).updateCityProfile(event.params.slug, input);
      return succeeded('profile', translate(event.locals.locale, 'cityProfile.saved'), values);
    }),
};
