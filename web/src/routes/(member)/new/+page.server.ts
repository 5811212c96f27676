import { ATTACHMENTS_MAX, CreateThreadInput, type Document, TITLE_MAX, TITLE_MIN } from '@praxisnetz/shared';
import { redirect } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { threadPath } from '#lib/paths.ts';
import { ApiError, createApi, ignoreApiRefusal } from '#lib/server/api.ts';
import { apiFailure, invalid, previewed, readForm, validate } from '#lib/server/forms.ts';
import { readAttachments } from '#lib/upload/attachments.ts';
import type { Actions, PageServerLoad } from './$types';

const FIELDS = ['categorySlug', 'title', 'body'] as const;

function idParam(value: string | null): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

export const load: PageServerLoad = async (event) => {
  const api = createApi(event);
  const [categories, myDocuments, limits] = await Promise.all([
    api.categories(),
    // The composer offers the member's recent library documents as attachments.
    api
      .documents({ owner: 'me' })
      .then((page) => page.items)
      .catch((e): Document[] => {
        ignoreApiRefusal(e);
        return [];
      }),
    api.uploadLimits(),
  ]);
  return {
    categories,
    preselected: event.url.searchParams.get('category') ?? '',
    titleLimits: { min: TITLE_MIN, max: TITLE_MAX },
    myDocuments,
    maxBytes: limits.maxBytes,
    /** a document just uploaded from the composer's link to the library */
    attached: idParam(event.url.searchParams.get('attached')),
  };
};

export const actions: Actions = {
  create: async (event) => {
    const { locale } = event.locals;
    const data = await event.request.formData();
    const attachments = readAttachments(data);
    const text = readForm(data, FIELDS);
    const values = { ...text, attachments: attachments.value };
    const input = validate(CreateThreadInput, text, locale);
    const attachmentError = attachments.valid ? undefined : translate(locale, 'library.error.attachments', { max: ATTACHMENTS_MAX });
    if (!input.ok || attachmentError) {
      return invalid('thread', values, { ...(input.ok ? {} : input.errors), ...(attachmentError && { attachments: attachmentError }) });
    }
    let path: string;
    try {
      path = threadPath(await createApi(event).createThread({ ...input.data, attachments: attachments.ids }));
    } catch (e) {
      if (e instanceof ApiError && e.fields.attachments) {
        return invalid('thread', values, { attachments: translate(locale, 'library.error.attachmentsUnreadable') });
      }
      return apiFailure('thread', values, e, locale);
    }
    redirect(303, path);
  },

  preview: async (event) => {
    const data = await event.request.formData();
    const values = { ...readForm(data, FIELDS), attachments: readAttachments(data).value };
    try {
      return previewed('thread', values, await createApi(event).preview(values.body));
    } catch (e) {
      return apiFailure('thread', values, e, event.locals.locale);
    }
  },
};
