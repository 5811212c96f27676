import { error } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { idParam } from '#lib/forum/composer.server.ts';
import { apiFailure, readForm } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const cursor = event.url.searchParams.get('cursor');
  const notifications = await createApi(event)
    .notifications(cursor ?? undefined)
    .catch((e) => loadFailure(event, e));
  return { notifications, cursor };
};

export const actions: Actions = {
  /** one entry read (its form names it) */
  read: async (event) => {
    const values = readForm(await event.request.formData(), ['id']);
    const id = idParam(values.id);
    if (!id) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
    try {
      await createApi(event).markNotificationsRead({ ids: [id] });
    } catch (e) {
      return apiFailure('read', values, e, event.locals.locale);
    }
    return { read: 'one' as const };
  },

  readAll: async (event) => {
    try {
      await createApi(event).markNotificationsRead({ all: true });
    } catch (e) {
      return apiFailure('readAll', {}, e, event.locals.locale);
    }
    return { read: 'all' as const };
  },
};
