import { ErrorCode, IndicatorInput } from '@praxisnetz/shared';
import { error, redirect } from '@sveltejs/kit';
import { AUDIT_FIELDS, AuditEditForm } from '#lib/audits/audit-form.ts';
import { shareableGroups } from '#lib/groups/group-choices.server.ts';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { apiFailure, submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure, pathId, requireMember } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

const EDIT_FIELDS = AUDIT_FIELDS.filter((f) => f !== 'citySlug');
const INDICATOR_FIELDS = ['citySlug', 'name', 'nameEn', 'nameFr', 'mapsTo'] as const;

/** The audit's description, its boundaries and its results, for those its policy lets change it. */
export const load: PageServerLoad = async (event) => {
  const member = requireMember(event);
  const api = createApi(event);
  const id = pathId(event);
  const [audit, indicators, groups] = await Promise.all([api.audit(id, { area: 'city' }).catch((e) => loadFailure(event, e)), api.indicators(), shareableGroups(api, member)]);
  if (!audit.permissions.canEdit) error(403, { message: 'forbidden', code: 'forbidden' });
  const query = event.url.searchParams;
  // An upload form posts straight to the API; a refusal comes back here with its code and fields.
  const code = ErrorCode.safeParse(query.get('error'));
  const refused = code.success
    ? { form: query.get('form') === 'areas' ? 'areas' : 'results', message: translate(event.locals.locale, `api.${code.data}`), fields: (query.get('invalid') ?? '').split(',').filter(Boolean) }
    : null;
  return {
    audit,
    groups,
    standard: indicators.items.filter((i) => i.standard),
    own: indicators.items.filter((i) => i.city?.slug === audit.city.slug),
    refused,
    created: query.has('created'),
    areasReplaced: Number(query.get('areas')) || null,
    confirmDelete: query.has('delete'),
  };
};

export const actions: Actions = {
  describe: async (event) => {
    const id = pathId(event);
    return submitForm(event, { form: 'audit', fields: EDIT_FIELDS, schema: AuditEditForm }, async (input, values) => {
      await createApi(event).updateAudit(id, input);
      return succeeded('audit', translate(event.locals.locale, 'audits.edit.saved'), values);
    });
  },
  delete: async (event) => {
    try {
      await createApi(event).deleteAudit(pathId(event));
    } catch (e) {
      return apiFailure('delete', {}, e, event.locals.locale);
    }
    redirect(303, '/audits?deleted=1');
  },
  indicator: async (event) =>
    submitForm(event, { form: 'indicator', fields: INDICATOR_FIELDS, schema: IndicatorInput }, async (input) => {
      const created = await createApi(event).createIndicator(input);
      return succeeded('indicator', translate(event.locals.locale, 'audits.indicator.created', { slug: created.slug }));
    }),
};
