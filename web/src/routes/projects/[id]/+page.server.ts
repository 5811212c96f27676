import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, succeeded } from '#lib/server/forms.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A project: public once published; a proposal its proposer and the staff, who publish it here. */
export const load: PageServerLoad = async (event) => ({
  project: await createApi(event)
    .project(pathId(event))
    .catch((e) => loadFailure(event, e)),
});

export const actions: Actions = {
  publish: async (event) => {
    try {
      await createApi(event).publishProject(pathId(event));
      return succeeded('publish', translate(event.locals.locale, 'projects.publishedNow'));
    } catch (e) {
      return apiFailure('publish', {}, e, event.locals.locale);
    }
  },
};
