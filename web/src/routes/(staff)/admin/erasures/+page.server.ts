import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** Scheduled erasures, soonest first (administrators): stopped here, or created for a request by letter. */
export const load: PageServerLoad = async (event) => ({
  erasures: await createApi(event)
    .scheduledErasures()
    .catch((e) => loadFailure(event, e)),
});

export const actions: Actions = {
  stop: async (event) => {
    const values = readForm(await event.request.formData(), ['userId']);
    try {
      await createApi(event).stopErasure(Number(values.userId));
      return succeeded('stop', translate(event.locals.locale, 'dataRights.adminStopped'));
    } catch (e) {
      return apiFailure('stop', values, e, event.locals.locale);
    }
  },
  schedule: async (event) => {
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), ['email']);
    const email = values.email!.trim().toLowerCase();
    try {
      const api = createApi(event);
      const account = (await api.users({ q: email })).items.find((u) => u.email === email);
      if (!account) return invalid('schedule', values, { email: translate(locale, 'dataRights.adminNoAccount') });
      await api.scheduleErasureFor(account.id);
      return succeeded('schedule', translate(locale, 'dataRights.adminScheduled'));
    } catch (e) {
      return apiFailure('schedule', values, e, locale);
    }
  },
};
