import { PracticeReviewInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A practice example; `?print` shows it alone, ready to print or save as PDF. */
export const load: PageServerLoad = async (event) => ({
  practice: await createApi(event)
    .practice(pathId(event))
    .catch((e) => loadFailure(event, e)),
  bare: event.url.searchParams.has('print'),
});

export const actions: Actions = {
  review: (event) =>
    submitForm(
      event,
      { form: 'review', fields: ['body', 'requestChanges'], schema: PracticeReviewInput, shape: (v) => ({ body: v.body, requestChanges: v.requestChanges === 'on' }) },
      async (input) => {
        await createApi(event).reviewPractice(pathId(event), input);
        return succeeded('review', translate(event.locals.locale, input.requestChanges ? 'practices.changesAsked' : 'practices.commented'));
      },
    ),
  publish: async (event) => {
    try {
      await createApi(event).publishPractice(pathId(event));
      return succeeded('publish', translate(event.locals.locale, 'practices.publishedNow'));
    } catch (e) {
      return apiFailure('publish', {}, e, event.locals.locale);
    }
  },
};
