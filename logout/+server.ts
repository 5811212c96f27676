import { redirect } from '@sveltejs/kit';
import { createApi } from '#lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  await createApi(event).logout();
  redirect(303, '/');
};
