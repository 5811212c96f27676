import {
  DOC_DESCRIPTION_MAX,
  DOC_TITLE_MAX,
  DOC_TITLE_MIN,
  TOPICS_MAX,
  DOC_YEAR_MIN,
  ErrorCode,
  type Locale,
} from '@praxisnetz/shared';
import { formatFileSize } from '#lib/i18n/format.ts';
import { translate, type MessageKey } from '#lib/i18n/translate.ts';
import type { UploadOutcome } from './upload-request.ts';

/** The fields of the upload and edit forms, in form order: the error summary follows it. */
export const DOCUMENT_FIELDS = ['title', 'description', 'type', 'citySlug', 'year', 'language', 'topics', 'visibility', 'groupId', 'file'] as const;
export type DocumentField = (typeof DOCUMENT_FIELDS)[number];

/** What went wrong with the file, from the API's code or the browser's own check. */
export type FileProblem = 'unsupported_media_type' | 'payload_too_large' | 'empty' | 'missing';

const FIELD_MESSAGES: Record<Exclude<DocumentField, 'file'>, MessageKey> = {
  title: 'documents.error.title',
  description: 'documents.error.description',
  type: 'documents.error.type',
  citySlug: 'documents.error.city',
  year: 'documents.error.year',
  language: 'documents.error.language',
  topics: 'documents.error.topics',
  visibility: 'documents.error.visibility',
  groupId: 'groups.library.groupError',
};

const FILE_MESSAGES: Record<FileProblem, MessageKey> = {
  unsupported_media_type: 'documents.error.fileType',
  payload_too_large: 'documents.error.fileSize',
  empty: 'documents.error.fileEmpty',
  missing: 'documents.error.fileMissing',
};

export const maxYear = () => new Date().getFullYear() + 1;

/** The precise wording for a field of the document forms; the API explains its refusals in English only. */
export function documentFieldMessage(locale: Locale, field: DocumentField, maxBytes: number, problem: FileProblem = 'missing'): string {
  if (field === 'file') return translate(locale, FILE_MESSAGES[problem], { max: formatFileSize(locale, maxBytes) });
  return translate(locale, FIELD_MESSAGES[field], {
    min: DOC_TITLE_MIN,
    max: field === 'description' ? DOC_DESCRIPTION_MAX : field === 'topics' ? TOPICS_MAX : DOC_TITLE_MAX,
    minYear: String(DOC_YEAR_MIN),
    maxYear: String(maxYear()),
  });
}

const isDocumentField = (name: string): name is DocumentField => (DOCUMENT_FIELDS as readonly string[]).includes(name);

export interface UploadErrors {
  errors: Record<string, string>;
  formError?: string;
}

/**
 * A refused upload as the error summary shows it: each named field with its message, a file
 * problem at the file field, anything else as a message for the whole form. `fileLost`: the page
 * was reloaded, so the browser no longer holds the chosen file; `fileProblem`: the browser's own check.
 */
export function uploadErrors(
  locale: Locale,
  code: ErrorCode,
  fields: readonly string[],
  options: { maxBytes: number; fileLost?: boolean; fileProblem?: FileProblem },
): UploadErrors {
  const problem: FileProblem | undefined =
    options.fileProblem ??
    (code === 'unsupported_media_type' || code === 'payload_too_large' ? code : fields.includes('file') ? 'missing' : undefined);
  const errors: Record<string, string> = {};
  for (const field of DOCUMENT_FIELDS) {
    if (field === 'file' ? problem : fields.includes(field)) errors[field] = documentFieldMessage(locale, field, options.maxBytes, problem);
  }
  const explained = Object.keys(errors).length > 0 && fields.every(isDocumentField);
  const formError = explained ? undefined : translate(locale, `api.${code}`);
  if (options.fileLost && !errors.file) errors.file = translate(locale, 'documents.error.fileAgain');
  return { errors, formError };
}

/** The error state a form upload without JavaScript is redirected back with (`?error=…&invalid=…`). */
export function redirectedErrors(locale: Locale, query: URLSearchParams, maxBytes: number): UploadErrors | undefined {
  const code = ErrorCode.safeParse(query.get('error'));
  if (!code.success) return undefined;
  const fields = (query.get('invalid') ?? '').split(',').filter(Boolean);
  return uploadErrors(locale, code.data, fields, { maxBytes, fileLost: true });
}

/** Why an upload from the browser did not arrive; nothing to show when the person cancelled it. */
export function outcomeErrors(locale: Locale, outcome: UploadOutcome, maxBytes: number): UploadErrors | undefined {
  switch (outcome.kind) {
    case 'refused':
      return uploadErrors(locale, outcome.code, outcome.fields, { maxBytes });
    case 'failed':
      return { errors: {}, formError: translate(locale, 'documents.error.connection') };
    default:
      return undefined;
  }
}
