import { createApi } from '#lib/server/api.ts';
import { isStaff } from '#lib/roles.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { user, locale } = event.locals;
  const pendingCount = isStaff(user) ? (await createApi(event).pendingUsers()).length : null;
  return { user, locale, pendingCount };
};
