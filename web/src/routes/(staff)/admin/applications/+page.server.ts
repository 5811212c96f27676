import { Id, RejectApplicationInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, readForm, submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The membership applications, newest first (administrators: the network office). */
export const load: PageServerLoad = async (event) => ({
  applications: await createApi(event)
    .applications()
    .catch((e) => loadFailure(event, e)),
});

export const actions: Actions = {
  accept: async (event) => {
    const values = readForm(await event.request.formData(), ['id']);
    try {
      const { application, invitationUrl } = await createApi(event).acceptApplication(Id.parse(values.id));
      return { ...succeeded(`application-${values.id}`, translate(event.locals.locale, 'applications.accepted', { city: application.cityName })), invitationUrl };
    } catch (e) {
      return apiFailure(`application-${values.id}`, values, e, event.locals.locale);
    }
  },
  delete: async (event) => {
    const values = readForm(await event.request.formData(), ['id']);
    try {
      await createApi(event).deleteApplication(Id.parse(values.id));
      return succeeded('deleted', translate(event.locals.locale, 'applications.deleted'));
    } catch (e) {
      return apiFailure(`application-${values.id}`, values, e, event.locals.locale);
    }
  },
  reject: async (event) => {
    const id = new URL(event.request.url).searchParams.get('id') ?? '';
    return submitForm(event, { form: `application-${id}`, fields: ['reason'], schema: RejectApplicationInput }, async (input) => {
      await createApi(event).rejectApplication(Id.parse(id), input.reason);
      return succeeded(`application-${id}`, translate(event.locals.locale, 'applications.rejected'));
    });
  },
};
