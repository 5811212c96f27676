import { CreateGroupInput, GROUP_LEADS_MAX } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { invalid, readForm, validate } from '#lib/server/forms.ts';
import { groupFailure } from '#lib/groups/group-forms.server.ts';
import { requireStaff } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['name', 'description', 'leadEmails'] as const;

/** One address per line; commas and semicolons, as mail programs copy them, separate too. */
const emailList = (text: string) => text.split(/[\s,;]+/).filter(Boolean);

const CreateGroupForm = {
  safeParse: (values: Record<string, string>) => CreateGroupInput.safeParse({ ...values, leadEmails: emailList(values.leadEmails ?? '') }),
};

export const load: PageServerLoad = (event) => {
  requireStaff(event);
  return {};
};

export const actions: Actions = {
  create: async (event) => {
    requireStaff(event);
    const { locale } = event.locals;
    const values = readForm(await event.request.formData(), FIELDS);
    const input = validate(CreateGroupForm, values, locale);
    if (!input.ok) {
      const tooMany = emailList(values.leadEmails).length > GROUP_LEADS_MAX;
      const errors = tooMany ? { ...input.errors, leadEmails: translate(locale, 'groups.error.tooManyLeads', { max: GROUP_LEADS_MAX }) } : input.errors;
      return invalid('group', values, errors);
    }
    let id: number;
    try {
      id = (await createApi(event).createGroup(input.data)).id;
    } catch (e) {
      return groupFailure('group', values, e, locale, {
        fields: { leadEmails: 'groups.error.leadEmails' },
        codes: { conflict: 'groups.error.nameTaken' },
      });
    }
    redirect(303, `/groups/${id}?created=1`);
  },
};
