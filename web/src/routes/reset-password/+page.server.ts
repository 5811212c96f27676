import { PASSWORD_MIN, PasswordResetConfirmInput } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** The page the mailed link opens: the token rides along in a hidden field. */
export const load: PageServerLoad = async (event) => {
  const token = event.url.searchParams.get('token') ?? '';
  return { token, valid: await createApi(event).passwordResetValid(token), passwordMin: PASSWORD_MIN };
};

export const actions: Actions = {
  default: (event) =>
    submitForm(event, { form: 'reset', fields: ['token', 'password'], schema: PasswordResetConfirmInput }, async (input) => {
      await createApi(event).confirmPasswordReset(input);
      redirect(303, '/');
    }),
};
