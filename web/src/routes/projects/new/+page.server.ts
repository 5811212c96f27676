import { ProjectInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { requireMember } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['title', 'programme', 'topic', 'startsOn', 'endsOn', 'leadOrganisation', 'leadCity', 'partnerCities', 'aims', 'results', 'documentIds', 'contact', 'website'] as const;

/** Members propose a project; the staff publish it (their own are published at once). */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const [topics, cities, documents] = await Promise.all([api.topics(), api.cities(), api.attachableDocuments()]);
  return { topics, cities, documents };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(
      event,
      {
        form: 'project',
        fields: FIELDS,
        lists: ['partnerCities', 'documentIds'],
        schema: ProjectInput,
        shape: (v) => ({ ...v, documentIds: (v.documentIds as string[]).map(Number) }),
      },
      async (input) => {
        const project = await createApi(event).proposeProject(input);
        redirect(303, `/projects/${project.id}`);
      },
    ),
};
