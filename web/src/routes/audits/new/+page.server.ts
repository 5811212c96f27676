import { redirect } from '@sveltejs/kit';
import { AUDIT_FIELDS, AuditCreateForm } from '#lib/audits/audit-form.ts';
import { shareableGroups } from '#lib/groups/group-choices.server.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm } from '#lib/server/forms.ts';
import { requireMember } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

export const load: PageServerLoad = async (event) => {
  const member = requireMember(event);
  const api = createApi(event);
  const [cities, groups] = await Promise.all([api.cities(), shareableGroups(api, member)]);
  return { cities, groups, citySlug: member.city?.slug ?? '' };
};

export const actions: Actions = {
  create: async (event) => {
    requireMember(event);
    return submitForm(event, { form: 'audit', fields: AUDIT_FIELDS, schema: AuditCreateForm }, async (input) => {
      const audit = await createApi(event).createAudit(input);
      redirect(303, `/audits/${audit.id}/edit?created=1`);
    });
  },
};
