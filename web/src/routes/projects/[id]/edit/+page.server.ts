import { error, redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { loadFailure, pathId, requireMember } from '#lib/server/guards.ts';
import { projectForm, projectValues } from '#lib/network/project-form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** Its proposer changes a project until it is published; the staff always. */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const [project, topics, cities, documents] = await Promise.all([api.project(pathId(event)).catch((e) => loadFailure(event, e)), api.topics(), api.cities(), api.attachableDocuments()]);
  if (!project.permissions.canEdit) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  return { project, initial: projectValues(project), topics, cities, documents };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, projectForm, async (input) => {
      await createApi(event).updateProject(pathId(event), input);
      redirect(303, `/projects/${pathId(event)}`);
    }),
};
