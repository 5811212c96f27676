import { type AuditSummary, SearchQuery, type SearchResult } from '@praxisnetz/shared';
import type { FormResult } from '#lib/forms.ts';
import { translate } from '#lib/i18n/translate.ts';
import { ApiError, createApi } from '#lib/server/api.ts';
import { validate } from '#lib/server/forms.ts';
import { loadFailure } from '#lib/server/guards.ts';
import type { PageServerLoad } from './$types';

/** The query and filter parameters, in the order of the form's fields. */
const FIELDS = ['q', 'kind', 'type', 'category', 'topic', 'group', 'city', 'year', 'from', 'to', 'lang', 'cursor'] as const;
type Field = (typeof FIELDS)[number];
/** Offered in the year filter, newest first; the library holds few papers older than this. */
const FIRST_YEAR = 2000;

function yearsUpTo(latest: number, chosen: string): number[] {
  const years = Array.from({ length: latest - FIRST_YEAR + 1 }, (_, i) => latest - i);
  const asked = Number(chosen);
  return Number.isInteger(asked) && asked >= 1990 && asked <= 9999 && !years.includes(asked) ? [...years, asked].sort((a, b) => b - a) : years;
}

export const load: PageServerLoad = async (event) => {
  const { url, locals } = event;
  const { locale } = locals;
  const api = createApi(event);
  const values = Object.fromEntries(FIELDS.map((name) => [name, url.searchParams.get(name) ?? ''])) as Record<Field, string>;
  const choices = Promise.all([api.categories(), api.cities(), api.topics(), locals.user?.status === 'active' ? api.groups() : []]);

  let result: SearchResult | null = null;
  let problem: FormResult | null = null;
  /** Safety audits whose title, city, district or indicator names match, beside the ranked results (first page). */
  let audits: AuditSummary[] | null = null;
  // A bare /search is the start page of the search, not an empty query.
  if (url.searchParams.has('q')) {
    const input = validate(SearchQuery, values, locale);
    if (!input.ok) {
      problem = { form: 'search', values, errors: input.errors };
    } else {
      try {
        [result, audits] = await Promise.all([api.search(input.data), values.cursor || values.type ? null : api.audits({ q: input.data.q }).then((r) => r.items)]);
      } catch (e) {
        if (!(e instanceof ApiError && e.status === 400)) loadFailure(event, e);
        const fields = Object.keys(e.fields).filter((field): field is Field => (FIELDS as readonly string[]).includes(field));
        problem = {
          form: 'search',
          values,
          errors: Object.fromEntries(fields.map((field) => [field, translate(locale, 'validation.invalid')])),
        };
        if (!fields.length) problem.formError = translate(locale, 'api.validation_failed');
      }
    }
    if (problem?.errors.q && !values.q.trim()) problem.errors.q = translate(locale, 'search.queryRequired');
    // The cursor is no field a person can correct: a broken one means starting over.
    if (problem?.errors.cursor) {
      delete problem.errors.cursor;
      problem.formError = translate(locale, 'search.cursorExpired');
    }
  }

  const [categories, cities, topics, groups] = await choices;
  return {
    values,
    result,
    audits,
    problem,
    categories,
    cities,
    topics,
    /** the working groups the searcher may filter by (members only) */
    groups,
    years: yearsUpTo(new Date().getFullYear(), values.year),
  };
};
