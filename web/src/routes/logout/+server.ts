import { redirect } from '@sveltejs/kit';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  await createApi(event).logout().catch(ignoreApiRefusal);
  redirect(303, '/');
};
