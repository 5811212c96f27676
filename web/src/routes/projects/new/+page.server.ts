import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { requireMember } from '#lib/server/guards.ts';
import { projectForm } from '#lib/network/project-form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** Members propose a project; the staff publish it (their own are published at once). */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const [topics, cities, documents] = await Promise.all([api.topics(), api.cities(), api.attachableDocuments()]);
  return { topics, cities, documents };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, projectForm, async (input) => {
      const project = await createApi(event).proposeProject(input);
      redirect(303, `/projects/${project.id}`);
    }),
};
