import { PracticeMark } from './curation.ts';
import { z } from 'zod';
import { line, text } from './text.ts';
import { Id, Locale } from './common.ts';
import { TopicRef, TopicSlugs } from './topics.ts';
import { GroupRef } from './live.ts';
import { Author, CityRef } from './users.ts';

export const DocumentType = z.enum([
  'safety_audit',
  'questionnaire',
  'evaluation',
  'concept',
  'guideline',
  'presentation',
  'project_description',
  'other',
]);
export type DocumentType = z.infer<typeof DocumentType>;
export const DOCUMENT_TYPES = DocumentType.options;

/** Who may read a document: everyone, active members, or the members of one working group. */
export const DocumentVisibility = z.enum(['members', 'public', 'group']);
export type DocumentVisibility = z.infer<typeof DocumentVisibility>;
export const SelectableVisibility = DocumentVisibility;
export type SelectableVisibility = z.infer<typeof SelectableVisibility>;

export const ExtractionStatus = z.enum(['pending', 'done', 'failed', 'none']);
export type ExtractionStatus = z.infer<typeof ExtractionStatus>;

/**
 * Why a document's text could not be extracted: `unreadable` (damaged, encrypted or not what it
 * claims) and `too_large` (beyond the memory allowed) are given up at once; `timeout`, `crashed`,
 * `missing` and `store_failed` were retried first.
 */
export const ExtractionProblem = z.enum(['unreadable', 'too_large', 'timeout', 'crashed', 'missing', 'store_failed']);
export type ExtractionProblem = z.infer<typeof ExtractionProblem>;

/** What may be uploaded: extension → the type sniffed from the bytes (text files have no magic bytes). */
export const UPLOAD_TYPES = {
  pdf: 'application/pdf',
  docx: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
  xlsx: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
  pptx: 'application/vnd.openxmlformats-officedocument.presentationml.presentation',
  odt: 'application/vnd.oasis.opendocument.text',
  ods: 'application/vnd.oasis.opendocument.spreadsheet',
  odp: 'application/vnd.oasis.opendocument.presentation',
  csv: 'text/csv',
  txt: 'text/plain',
  png: 'image/png',
  jpg: 'image/jpeg',
  jpeg: 'image/jpeg',
} as const;
export type UploadExtension = keyof typeof UPLOAD_TYPES;
export const UPLOAD_ACCEPT = Object.keys(UPLOAD_TYPES)
  .map((ext) => `.${ext}`)
  .join(',');

export const DOC_TITLE_MIN = 3;
export const DOC_TITLE_MAX = 200;
export const DOC_DESCRIPTION_MAX = 4000;
export const DOC_YEAR_MIN = 1990;

/** Form fields arrive as strings: empty means "not given"; a JSON null clears a field. */
const emptyToUndefined = (v: unknown) => (v === '' ? undefined : v);

export const DocumentMetadataInput = z.object({
  title: line().trim().min(DOC_TITLE_MIN).max(DOC_TITLE_MAX),
  description: text().trim().max(DOC_DESCRIPTION_MAX).default(''),
  type: DocumentType,
  citySlug: z.preprocess(emptyToUndefined, line().max(100).nullable().optional()),
  year: z.preprocess(
    emptyToUndefined,
    z.coerce
      .number()
      .int()
      .min(DOC_YEAR_MIN)
      .max(new Date().getFullYear() + 1)
      .nullable()
      .optional(),
  ),
  language: Locale,
  topics: TopicSlugs,
  visibility: SelectableVisibility.default('members'),
  /** the working group that reads it; required when visibility is 'group', ignored otherwise */
  groupId: z.preprocess(emptyToUndefined, Id.nullable().optional()),
});
export type DocumentMetadataInput = z.infer<typeof DocumentMetadataInput>;

export const UpdateDocumentInput = DocumentMetadataInput.partial();
export type UpdateDocumentInput = z.infer<typeof UpdateDocumentInput>;

export const DocumentSort = z.enum(['newest', 'downloads']);
export type DocumentSort = z.infer<typeof DocumentSort>;

export const DocumentListQuery = z.object({
  type: z.preprocess(emptyToUndefined, DocumentType.optional()),
  city: z.preprocess(emptyToUndefined, line().max(100).optional()),
  year: z.preprocess(emptyToUndefined, z.coerce.number().int().min(DOC_YEAR_MIN).max(9999).optional()),
  language: z.preprocess(emptyToUndefined, Locale.optional()),
  topic: z.preprocess(emptyToUndefined, line().max(100).optional()),
  /** 'me': only the signed-in user's documents */
  owner: z.preprocess(emptyToUndefined, z.literal('me').optional()),
  /** only the documents of this working group */
  group: z.preprocess(emptyToUndefined, Id.optional()),
  sort: z.preprocess(emptyToUndefined, DocumentSort.default('newest')),
  cursor: z.preprocess(emptyToUndefined, line().max(200).optional()),
});
export type DocumentListQuery = z.infer<typeof DocumentListQuery>;

export const DocumentVersion = z.object({
  n: z.number().int(),
  filename: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  mime: z.string(),
  uploadedBy: Author,
  createdAt: z.string(),
});
export type DocumentVersion = z.infer<typeof DocumentVersion>;

export const Document = z.object({
  id: z.number().int(),
  title: z.string(),
  description: z.string(),
  type: DocumentType,
  city: CityRef.nullable(),
  year: z.number().int().nullable(),
  language: Locale,
  topics: z.array(TopicRef),
  visibility: DocumentVisibility,
  /** the working group that reads it, when visibility is 'group' */
  group: GroupRef.nullable(),
  owner: Author,
  /** the latest version's file */
  filename: z.string(),
  size: z.number().int(),
  sha256: z.string(),
  mime: z.string(),
  version: z.number().int(),
  downloadCount: z.number().int(),
  extraction: ExtractionStatus,
  /** set when extraction is 'failed' */
  extractionProblem: ExtractionProblem.nullable(),
  createdAt: z.string(),
  updatedAt: z.string(),
  /** marked as a practice example, with its summary */
  practice: PracticeMark.nullable(),
});
export type Document = z.infer<typeof Document>;

export const LinkedThread = z.object({ id: z.number().int(), slug: z.string(), title: z.string() });
export type LinkedThread = z.infer<typeof LinkedThread>;

export const DocumentDetail = Document.extend({
  versions: z.array(DocumentVersion),
  linkedThreads: z.array(LinkedThread),
  canEdit: z.boolean(),
  /** mark it as a practice example: network moderators, and a group's leads for its documents */
  canCurate: z.boolean(),
});
export type DocumentDetail = z.infer<typeof DocumentDetail>;
