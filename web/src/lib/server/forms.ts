import type { ErrorCode, Locale } from '@praxisnetz/shared';
import { fail, type RequestEvent } from '@sveltejs/kit';
import type { FormResult } from '#lib/forms.ts';
import { translate, type MessageKey } from '#lib/i18n/translate.ts';
import { ApiError } from './api.ts';

export type FieldErrors = Record<string, string>;
export type FormValues = Record<string, string>;

interface IssueLike {
  code: string;
  path: PropertyKey[];
  minimum?: number | bigint;
  maximum?: number | bigint;
  format?: string;
  /** the shared text policy's refusals say why (TextRefusal) */
  params?: { reason?: string };
}

export interface SchemaLike<T> {
  safeParse(input: unknown): { success: true; data: T } | { success: false; error: { issues: IssueLike[] } };
}

const SECRET_FIELDS = new Set(['password', 'currentPassword', 'newPassword']);
const CHOICE_FIELDS = new Set(['citySlug', 'categorySlug', 'locale']);
/** The API explains field errors in English; these fields get a precise localized text instead. */
const API_FIELD_MESSAGES: Record<string, MessageKey> = {
  citySlug: 'validation.choose',
  categorySlug: 'validation.choose',
  locale: 'validation.choose',
  country: 'validation.country',
  currentPassword: 'me.wrongPassword',
  password: 'me.wrongPassword',
  confirmation: 'dataRights.confirmationWrong',
  attachments: 'documents.error.attachmentsUnreadable',
  topics: 'topics.unknown',
  targetId: 'collections.targetUnknown',
  topic: 'topics.unknown',
  formStartedAt: 'apply.tooQuick',
};
const REFUSAL_REASONS: Record<string, MessageKey> = {
  characters: 'validation.characters',
  line_breaks: 'validation.lineBreaks',
  nesting: 'validation.tooDeep',
  link: 'collections.targetLink',
  order: 'validation.endBeforeStart',
};
/** Fields left empty that need more than "required" to say what is missing. */
const REQUIRED_MESSAGES: Record<string, MessageKey> = { consent: 'apply.consentRequired' };
/** Refusals whose reason says more about the field than the field's usual message. */
const CODE_FIELD_MESSAGES: Partial<Record<ErrorCode, MessageKey>> = {
  email_taken: 'api.email_taken',
  conflict: 'api.conflict',
};

export function readForm<const K extends string>(data: FormData, names: readonly K[]): Record<K, string> {
  return Object.fromEntries(names.map((name) => [name, String(data.get(name) ?? '')])) as Record<K, string>;
}

function issueMessage(locale: Locale, issue: IssueLike, field: string, value: string): string {
  const t = (key: MessageKey, params?: Record<string, number>) => translate(locale, key, params);
  if (value.trim() === '') return t(REQUIRED_MESSAGES[field] ?? (CHOICE_FIELDS.has(field) ? 'validation.choose' : 'validation.required'));
  switch (issue.code) {
    case 'too_small':
      return t('validation.tooShort', { min: Number(issue.minimum) });
    case 'too_big':
      return t(field === 'topics' ? 'topics.tooMany' : 'validation.tooLong', { max: Number(issue.maximum) });
    case 'invalid_format':
      if (issue.format === 'email') return t('validation.email');
      return t(field === 'country' ? 'validation.country' : 'validation.invalid');
    case 'invalid_value':
      return t('validation.choose');
    case 'custom':
      return t(REFUSAL_REASONS[issue.params?.reason ?? ''] ?? 'validation.invalid');
    default:
      return t('validation.invalid');
  }
}

export type Validated<T> = { ok: true; data: T } | { ok: false; errors: FieldErrors };

/** Parses the submitted values (read in form order) with the shared schema and words the first problem of each field. */
export function validate<T>(schema: SchemaLike<T>, values: FormValues, locale: Locale): Validated<T> {
  const result = schema.safeParse(values);
  if (result.success) return { ok: true, data: result.data };
  const found: FieldErrors = {};
  for (const issue of result.error.issues) {
    // A nested field ("emmie.effect.rating") keeps its own name when the form has it; otherwise the top one counts.
    const nested = issue.path.join('.');
    const field = nested in values ? nested : String(issue.path[0] ?? '');
    found[field] ??= issueMessage(locale, issue, field, values[field] ?? '');
  }
  // The summary lists problems in the order of the form's fields.
  const errors = Object.fromEntries(Object.keys(values).flatMap((field) => (found[field] ? [[field, found[field]]] : [])));
  return { ok: false, errors };
}

const keepTyped = (values: FormValues): FormValues =>
  Object.fromEntries(Object.entries(values).filter(([name]) => !SECRET_FIELDS.has(name)));

export function invalid(form: string, values: FormValues, errors: FieldErrors, formError?: string, status = 400) {
  return fail<FormResult>(status, { form, values: keepTyped(values), errors, formError });
}

/** Turns a refusal of the API into a localized form failure; anything else is a real error. */
export function apiFailure(form: string, values: FormValues, e: unknown, locale: Locale) {
  if (!(e instanceof ApiError) || e.status >= 500) throw e;
  const errors: FieldErrors = {};
  for (const field of Object.keys(e.fields)) {
    if (field in values) {
      errors[field] = translate(locale, CODE_FIELD_MESSAGES[e.code] ?? API_FIELD_MESSAGES[field] ?? 'validation.invalid');
    }
  }
  const formError = Object.keys(errors).length ? undefined : translate(locale, `api.${e.code}`);
  return invalid(form, values, errors, formError, e.status);
}

export function succeeded(form: string, success: string, values: FormValues = {}): FormResult {
  return { form, values: keepTyped(values), errors: {}, success };
}

export function previewed(form: string, values: FormValues, preview: string): FormResult {
  return { form, values: keepTyped(values), errors: {}, preview };
}

/**
 * The shape of most form actions: read the named fields, check them with the shared schema, then run
 * the use case (which may redirect). A problem with the input or a refusal of the API comes back as the
 * form's localized failure, keeping what the person typed.
 */
export async function submitForm<const K extends string, T, R>(
  event: Pick<RequestEvent, 'request' | 'locals'>,
  spec: {
    form: string;
    fields: readonly K[];
    schema: SchemaLike<T>;
    /** fields with several values (checkboxes): the schema gets them as lists, the form back as comma-joined text */
    lists?: readonly K[];
    /** the schema's input made from the flat fields (nested objects) */
    shape?: (values: Record<K, string | string[]>) => unknown;
  },
  run: (input: T, values: Record<K, string>) => Promise<R>,
) {
  const { locale } = event.locals;
  const data = await event.request.formData();
  const values = readForm(data, spec.fields);
  const lists = Object.fromEntries((spec.lists ?? []).map((name) => [name, data.getAll(name).map(String)]));
  for (const [name, list] of Object.entries(lists)) values[name as K] = list.join(',');
  const raw = { ...values, ...lists } as Record<K, string | string[]>;
  const schema: SchemaLike<T> = { safeParse: (v) => spec.schema.safeParse(spec.shape ? spec.shape(raw) : { ...(v as object), ...lists }) };
  const input = validate(schema, values, locale);
  if (!input.ok) return invalid(spec.form, values, input.errors);
  try {
    return await run(input.data, values);
  } catch (e) {
    return apiFailure(spec.form, values, e, locale);
  }
}
