import { LoginInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, validate } from '#lib/server/forms.ts';
import { safeNext } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = ({ locals, url }) => {
  const next = safeNext(url.searchParams.get('next'));
  if (locals.user) redirect(303, next);
  return { next, asked: url.searchParams.has('next') };
};

export const actions: Actions = {
  default: async (event) => {
    const values = readForm(await event.request.formData(), ['email', 'password']);
    const input = validate(LoginInput, values, event.locals.locale);
    if (!input.ok) return invalid('login', values, input.errors);
    try {
      await createApi(event).login(input.data);
    } catch (e) {
      return apiFailure('login', values, e, event.locals.locale);
    }
    redirect(303, safeNext(event.url.searchParams.get('next')));
  },
};
