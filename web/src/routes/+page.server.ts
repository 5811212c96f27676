import { isMember } from '#lib/roles.ts';
import { createApi } from '#lib/server/api.ts';
import { translate } from '#lib/i18n/translate.ts';
import { apiFailure, succeeded } from '#lib/server/forms.ts';
import type { Actions, PageServerLoad } from './$types';

/** How many entries each panel of a member's home shows; each links to the full list. */
const SHOWN = 6;
/** How many projects and practice examples a visitor's landing page shows. */
const LANDING_SHOWN = 3;

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const user = event.locals.user;
  if (!isMember(user)) {
    const [categories, cities, projects, practices] = await Promise.all([api.categories(), user ? null : api.cities(), api.projects({}), api.practices({})]);
    const showcase = { projects: projects.slice(0, LANDING_SHOWN), practices: practices.slice(0, LANDING_SHOWN) };
    return { categories, cityCount: cities?.length ?? null, home: null, hasExpertise: false, showcase };
  }
  // A member's daily home: what is new, what waits for their knowledge, what is live.
  const [categories, latest, forYou, inMyFields, sessions, documents, groupActivity, expertise] = await Promise.all([
    api.categories(),
    api.latestThreads(),
    api.questions({ suggested: '1' }),
    api.questions({ mine: '1' }),
    api.sessions('upcoming'),
    api.documents({ sort: 'newest' }),
    api.latestThreads('groups'),
    api.ownExpertise(),
  ]);
  return {
    categories,
    cityCount: null,
    showcase: null,
    hasExpertise: expertise.length > 0,
    home: {
      latest: latest.items.slice(0, SHOWN * 2),
      forYou: forYou.items.slice(0, SHOWN),
      inMyFields: inMyFields.items.slice(0, SHOWN),
      sessions: sessions.slice(0, SHOWN),
      documents: documents.items.slice(0, SHOWN),
      groupActivity: groupActivity.items.slice(0, SHOWN),
    },
  };
};

export const actions: Actions = {
  /** "Mark all read": every thread's posts until now count as read. */
  readAll: async (event) => {
    try {
      await createApi(event).markAllRead();
    } catch (e) {
      return apiFailure('readAll', {}, e, event.locals.locale);
    }
    return succeeded('readAll', translate(event.locals.locale, 'qa.allRead'));
  },
};
