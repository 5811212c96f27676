import { redirect } from '@sveltejs/kit';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import type { RequestHandler } from './$types';

export const POST: RequestHandler = async (event) => {
  const api = createApi(event);
  // Signed in through a provider: signed out there too (its end-session page comes back to our home page).
  const endSession = await api.ssoEndSessionUrl().catch(() => null);
  await api.logout().catch(ignoreApiRefusal);
  // The provider's page is another site: a plain 303 (SvelteKit's redirect() is for our own paths).
  if (endSession) return new Response(null, { status: 303, headers: { location: endSession } });
  redirect(303, '/');
};
