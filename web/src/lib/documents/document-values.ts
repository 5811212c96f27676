import { DocumentMetadataInput, type Document, type Locale } from '@praxisnetz/shared';

/** What the upload and edit forms show in their fields. */
export interface DocumentFormValues {
  title: string;
  description: string;
  type: string;
  citySlug: string;
  year: string;
  language: string;
  topics: string[];
  visibility: string;
  /** the working group that reads it, when visibility is 'group' */
  groupId: string;
}

const TEXT_FIELDS = ['title', 'description', 'type', 'citySlug', 'year', 'language', 'visibility', 'groupId'] as const;

export const emptyValues = (defaults: { language: Locale; citySlug?: string; groupId?: number }): DocumentFormValues => ({
  title: '',
  description: '',
  type: '',
  citySlug: defaults.citySlug ?? '',
  year: '',
  language: defaults.language,
  topics: [],
  visibility: defaults.groupId ? 'group' : 'members',
  groupId: defaults.groupId ? String(defaults.groupId) : '',
});

export const valuesOf = (doc: Document): DocumentFormValues => ({
  title: doc.title,
  description: doc.description,
  type: doc.type,
  citySlug: doc.city?.slug ?? '',
  year: doc.year === null ? '' : String(doc.year),
  language: doc.language,
  topics: doc.topics.map((t) => t.slug),
  visibility: doc.visibility,
  groupId: doc.group ? String(doc.group.id) : '',
});

/** Submitted values (a form, or a redirect's query) over the defaults; only the fields that came. */
interface FieldSource {
  get(name: string): unknown;
  getAll(name: string): unknown[];
  has(name: string): boolean;
}

export function readValues(source: FieldSource, defaults: DocumentFormValues): DocumentFormValues {
  const values = { ...defaults };
  for (const name of TEXT_FIELDS) {
    const value = source.get(name);
    if (typeof value === 'string') values[name] = value;
  }
  if (source.has('topics') || source.has('title')) values.topics = source.getAll('topics').filter((v): v is string => typeof v === 'string');
  return values;
}

/** A form action's failure keeps values as strings: topics travel comma-joined. */
export const flatValues = (values: DocumentFormValues): Record<string, string> => ({ ...values, topics: values.topics.join(',') });

export const unflatValues = (flat: Record<string, string>, defaults: DocumentFormValues): DocumentFormValues => ({
  ...defaults,
  ...flat,
  topics: flat.topics ? flat.topics.split(',') : [],
});

/** The shared schema's verdict on the form's metadata, as the names of the fields that fail. */
export function invalidFields(values: DocumentFormValues): { ok: true; data: DocumentMetadataInput } | { ok: false; fields: string[] } {
  const result = DocumentMetadataInput.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  return { ok: false, fields: [...new Set(result.error.issues.map((issue) => String(issue.path[0] ?? '')))] };
}
