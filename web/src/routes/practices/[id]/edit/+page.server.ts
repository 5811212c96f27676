import { EMMIE_DIMENSIONS } from '@praxisnetz/shared';
import { error, redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { loadFailure, pathId, requireMember } from '#lib/server/guards.ts';
import { linksOf, submitPractice } from '#lib/network/practice-form.server.ts';
import type { Actions, PageServerLoad } from './$types';

/** Its author changes an example until it is published (and so sends it for review again); reviewers always. */
export const load: PageServerLoad = async (event) => {
  requireMember(event);
  const api = createApi(event);
  const [practice, topics, cities] = await Promise.all([api.practice(pathId(event)).catch((e) => loadFailure(event, e)), api.topics(), api.cities()]);
  if (!practice.permissions.canEdit) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  const { content, emmie } = practice;
  const initial: Record<string, string> = {
    title: practice.title,
    summary: practice.summary,
    topic: practice.topic?.slug ?? '',
    city: practice.city?.slug ?? '',
    language: practice.language,
    targetGroups: practice.targetGroups.join(','),
    settings: practice.settings.join(','),
    problem: content.problem,
    measures: content.measures,
    partners: content.partners,
    resources: content.resources,
    duration: content.duration,
    contact: content.contact,
    evaluationDesign: content.evaluationDesign,
    evaluationFindings: content.evaluationFindings,
    evidenceLevel: practice.evidenceLevel,
    links: linksOf(practice),
    ...Object.fromEntries(EMMIE_DIMENSIONS.flatMap((d) => [[`emmie.${d}.rating`, String(emmie[d].rating)], [`emmie.${d}.note`, emmie[d].note]])),
  };
  return { practice, initial, topics, cities };
};

export const actions: Actions = {
  default: (event) =>
    submitPractice(event, async (input) => {
      await createApi(event).updatePractice(pathId(event), input);
      redirect(303, `/practices/${pathId(event)}`);
    }),
};
