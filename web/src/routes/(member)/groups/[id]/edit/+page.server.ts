import { UpdateGroupInput } from '@praxisnetz/shared';
import { error, redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const group = await createApi(event).group(pathId(event)).catch((e) => loadFailure(event, e));
  if (!group.canModerate) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  return { group };
};

export const actions: Actions = {
  save: (event) =>
    submitForm(event, { form: 'group', fields: ['name', 'description'], schema: UpdateGroupInput }, async (input) => {
      const id = pathId(event);
      await createApi(event).updateGroup(id, input);
      redirect(303, `/groups/${id}?saved=1`);
    }),
};
