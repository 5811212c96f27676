import { LoginInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { safeNext } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  return { next, asked: url.searchParams.has('next') };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'login', fields: ['email', 'password'], schema: LoginInput }, async (input) => {
      await createApi(event).login(input);
      redirect(303, safeNext(event.url.searchParams.get('next')));
    }),
};
