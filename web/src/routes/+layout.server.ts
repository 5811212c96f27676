import { createApi } from '#lib/server/api.ts';
import { isMember, isStaff, reviewsFlags } from '#lib/roles.ts';
import type { LayoutServerLoad } from './$types';

export const load: LayoutServerLoad = async (event) => {
  const { user, locale } = event.locals;
  const api = createApi(event);
  const [pendingCount, unreadNotifications, openFlags, privacy] = await Promise.all([
    isStaff(user) ? api.pendingUsers().then((users) => users.length) : null,
    isMember(user) ? api.unreadNotifications() : null,
    reviewsFlags(user) ? api.openFlagCount() : null,
    user ? api.privacyNotice() : null,
  ]);
  return { user, locale, pendingCount, unreadNotifications, openFlags, privacy };
};
