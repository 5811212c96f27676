import { ResolveFlagFields, warningHasNote } from '@praxisnetz/shared';
import { z } from 'zod';
import { translate } from '#lib/i18n/translate.ts';
import { createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A decision names one of the item's flags; the API resolves all of them. A ticked "warn" box sends `on`. */
const ResolveForm = ResolveFlagFields.extend({
  flagId: z.coerce.number().int().positive(),
  warn: z.preprocess((v) => v === 'on', z.boolean()),
}).refine(...warningHasNote);

/** The flags to decide, and for the network's reviewers the practice examples waiting for review. */
export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [{ items }, practices] = await Promise.all([
    api.flagQueue().catch((e) => loadFailure(event, e)),
    api.practices({ status: 'submitted' }).catch((e) => (ignoreApiRefusal(e), [])),
  ]);
  return { items, practices };
};

export const actions: Actions = {
  resolve: (event) =>
    submitForm(event, { form: 'resolve', fields: ['flagId', 'outcome', 'note', 'warn'], schema: ResolveForm }, async ({ flagId, outcome, note, warn }, values) => {
      await createApi(event).resolveFlag(flagId, { outcome, note, warn });
      const { locale } = event.locals;
      return succeeded('resolve', translate(locale, 'queue.done', { outcome: translate(locale, `queue.outcome.${outcome}`) }), values);
    }),
};
