import { ApplicationInput, BarrierReportInput, PrivacyAcceptInput, SitePageInput } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { createApi } from '#lib/server/api.ts';
import { submitForm, succeeded } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { Actions, PageServerLoad } from './$types';

/** A public page of the network office, in the reader's language; administrators edit it here (`?edit`). */
export const load: PageServerLoad = async (event) => {
  const page = await createApi(event)
    .sitePage(event.params.page, event.locals.locale)
    .catch((e) => loadFailure(event, e));
  // The application form's time check counts from when the page was served.
  return { page, editing: page.permissions.canEdit && event.url.searchParams.has('edit'), startedAt: Date.now() };
};

export const actions: Actions = {
  save: (event) =>
    submitForm(event, { form: 'page', fields: ['locale', 'title', 'body'], schema: SitePageInput }, async (input, values) => {
      await createApi(event).saveSitePage(event.params.page, input);
      return succeeded('page', translate(event.locals.locale, 'site.saved'), values);
    }),
  /** The signed-in confirm they read the privacy notice's current version. */
  acceptPrivacy: (event) =>
    submitForm(event, { form: 'privacy', fields: ['version'], schema: PrivacyAcceptInput }, async (input) => {
      await createApi(event).acceptPrivacyNotice(input.version);
      return succeeded('privacy', translate(event.locals.locale, 'privacy.accepted'));
    }),
  /** The membership page's application form: a prospective city applies. */
  apply: (event) =>
    submitForm(
      event,
      {
        form: 'application',
        fields: ['cityName', 'state', 'country', 'population', 'office', 'contactName', 'email', 'motivation', 'heardFrom', 'consent', 'website', 'formStartedAt'],
        schema: ApplicationInput,
      },
      async (input) => {
        await createApi(event).apply({ ...input, locale: event.locals.locale });
        return succeeded('application', translate(event.locals.locale, 'apply.thanks'));
      },
    ),
  /** The accessibility statement's feedback form: anyone may report a barrier. */
  report: (event) =>
    submitForm(event, { form: 'barrier', fields: ['pageUrl', 'description', 'contact'], schema: BarrierReportInput }, async (input) => {
      await createApi(event).reportBarrier(input);
      return succeeded('barrier', translate(event.locals.locale, 'site.reportThanks'));
    }),
};
