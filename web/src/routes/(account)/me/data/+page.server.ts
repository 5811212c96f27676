import { ErasureInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, succeeded, submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The person's own data: the export (prepared in the background) and the erasure of the account. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  return { dataExport: await api.dataExport(), erasurePolicy: api.erasurePolicy() };
};

export const actions: Actions = {
  export: async (event) => {
    const { locale } = event.locals;
    try {
      await createApi(event).requestDataExport();
      return succeeded('export', translate(locale, 'dataRights.exportRequested'));
    } catch (e) {
      return apiFailure('export', {}, e, locale);
    }
  },

  erase: (event) =>
    submitForm(event, { form: 'erase', fields: ['password'], schema: ErasureInput }, async (input) => {
      const erasure = await createApi(event).requestErasure(input);
      redirect(303, `/login?erasure=${erasure.dueAt.slice(0, 10)}`);
    }),
};
