import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** The feed address as a calendar program needs it: absolute, on this site. */
const absolute = (url: string, origin: string) => new URL(url, origin).href;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [upcoming, past, calendarUrl] = await Promise.all([
    api.sessions('upcoming'),
    api.sessions('past'),
    api.calendarUrl(),
  ]).catch((e) => loadFailure(event, e));
  return { upcoming, past, calendarUrl: absolute(calendarUrl, event.url.origin) };
};

export const actions: Actions = {
  resetCalendar: async (event) => {
    try {
      await createApi(event).resetCalendarUrl();
    } catch (e) {
      return apiFailure('calendar', {}, e, event.locals.locale);
    }
    return succeeded('calendar', translate(event.locals.locale, 'sessions.calendar.resetDone'));
  },
};
