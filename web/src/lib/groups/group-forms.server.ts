import type { ErrorCode, Locale } from '@praxisnetz/shared';
import { translate, type MessageKey } from '#lib/i18n/translate.ts';
import { ApiError } from '../server/api.ts';
import { apiFailure, type FieldErrors, type FormValues, invalid } from '../server/forms.ts';

/** How the groups pages word the API's refusals that the general map words too vaguely. */
export interface RefusalWords {
  /** a field the API named → the text shown at that field */
  fields?: Record<string, MessageKey>;
  /** a refusal code → the text shown for the whole form */
  codes?: Partial<Record<ErrorCode, MessageKey>>;
}

/** Like apiFailure, with this page's own words for the refusals it expects. */
export function groupFailure(form: string, values: FormValues, e: unknown, locale: Locale, words: RefusalWords) {
  if (e instanceof ApiError && e.status < 500) {
    const errors: FieldErrors = {};
    for (const field of Object.keys(e.fields)) {
      const key = words.fields?.[field];
      if (key && field in values) errors[field] = translate(locale, key);
    }
    const code = words.codes?.[e.code];
    if (Object.keys(errors).length || code) return invalid(form, values, errors, code && translate(locale, code), e.status);
  }
  return apiFailure(form, values, e, locale);
}
