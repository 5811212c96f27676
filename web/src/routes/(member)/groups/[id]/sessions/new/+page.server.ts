import { CreateSessionInput } from '@praxisnetz/shared';
import { error, redirect } from '@sveltejs/kit';
import { fromBerlinLocal } from '#lib/live/berlin-time.ts';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, validate } from '#lib/server/forms.ts';
import { loadFailure, pathId } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad, RequestEvent } from './$types';

const FIELDS = ['title', 'description', 'startsAt', 'endsAt', 'audience'] as const;

async function moderatedGroup(event: Pick<RequestEvent, 'platform' | 'params' | 'locals' | 'url'>) {
  const group = await createApi(event).group(pathId(event)).catch((e) => loadFailure(event, e));
  if (!group.canModerate) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  return group;
}

export const load: PageServerLoad = async (event) => ({ group: await moderatedGroup(event) });

export const actions: Actions = {
  create: async (event) => {
    const { locale } = event.locals;
    const group = await moderatedGroup(event);
    const values = readForm(await event.request.formData(), FIELDS);
    // The fields hold German wall-clock times; the API wants instants with their offset.
    const startsAt = fromBerlinLocal(values.startsAt);
    const endsAt = fromBerlinLocal(values.endsAt);
    const input = validate(CreateSessionInput, { ...values, startsAt: startsAt ?? values.startsAt, endsAt: endsAt ?? values.endsAt }, locale);
    if (!input.ok) {
      const errors = { ...input.errors };
      for (const [field, converted] of [['startsAt', startsAt], ['endsAt', endsAt]] as const) {
        if (values[field].trim() && !converted) errors[field] = translate(locale, 'sessions.error.dateTime');
      }
      if (startsAt && endsAt && new Date(endsAt) <= new Date(startsAt)) errors.endsAt = translate(locale, 'sessions.error.endBeforeStart');
      return invalid('session', values, errors);
    }
    try {
      await createApi(event).createSession(group.id, input.data);
    } catch (e) {
      return apiFailure('session', values, e, locale);
    }
    redirect(303, `/groups/${group.id}?scheduled=1#sessions-title`);
  },
};
