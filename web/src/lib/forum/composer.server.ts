import { ATTACHMENTS_MAX, type Attachment, type Locale } from '@praxisnetz/shared';
import { translate } from '#lib/i18n/translate.ts';
import { readAttachments } from '#lib/documents/attachments.ts';
import { type Api, ignoreApiRefusal } from '../server/api.ts';
import { type FormValues, invalid, readForm, type SchemaLike, validate } from '../server/forms.ts';

/** A number in a query or form field that names a record; anything else names nothing. */
export function idParam(value: string | null | undefined): number | null {
  return value && /^\d{1,15}$/.test(value) ? Number(value) : null;
}

/** What a thread or reply composer offers: the member's recent library documents and the upload limit. */
export async function loadComposer(api: Api, url: URL) {
  const [myDocuments, limits] = await Promise.all([
    api.attachableDocuments().catch((e): Attachment[] => {
      ignoreApiRefusal(e);
      return [];
    }),
    api.uploadLimits(),
  ]);
  return {
    myDocuments,
    maxBytes: limits.maxBytes,
    /** a document just uploaded from the composer's link to the library */
    attached: idParam(url.searchParams.get('attached')),
  };
}

/**
 * A submitted composer: its text fields checked with the schema and its checked attachments.
 * On failure, the form result to return; either way the values to show the form again with.
 */
export function readComposer<const K extends string, T>(form: string, data: FormData, fields: readonly K[], schema: SchemaLike<T>, locale: Locale) {
  const attachments = readAttachments(data);
  const text = readForm(data, fields);
  const values: FormValues = { ...text, attachments: attachments.value };
  const input = validate(schema, text, locale);
  const attachmentError = attachments.valid ? undefined : translate(locale, 'documents.error.attachments', { max: ATTACHMENTS_MAX });
  if (!input.ok || attachmentError) {
    const errors = { ...(input.ok ? {} : input.errors), ...(attachmentError && { attachments: attachmentError }) };
    return { ok: false as const, values, failure: invalid(form, values, errors) };
  }
  return { ok: true as const, values, data: input.data, attachments: attachments.ids };
}
