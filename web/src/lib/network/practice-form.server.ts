import { EMMIE_DIMENSIONS, type Practice, PracticeInput } from '@praxisnetz/shared';
import type { RequestEvent } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { ApiError } from '#lib/server/api.ts';
import { apiFailure, invalid, readForm, validate } from '#lib/server/forms.ts';

const SINGLE = ['title', 'summary', 'topic', 'city', 'language', 'problem', 'measures', 'partners', 'resources', 'duration', 'contact', 'evaluationDesign', 'evaluationFindings', 'evidenceLevel', 'links', 'draft'] as const;
const RATINGS = EMMIE_DIMENSIONS.flatMap((d) => [`emmie.${d}.rating`, `emmie.${d}.note`]);
const LISTS = ['targetGroups', 'settings'] as const;
/** A link is the address of a thread, a library document or an audit, one per line. */
const LINK = /^(?:https?:\/\/[^/]+)?\/(threads|library|audits)\/(\d{1,10})(?:[/?#].*)?$/;
const LINK_FIELDS = { threads: 'threadIds', library: 'documentIds', audits: 'auditIds' } as const;

/** The form's links field from an example's links. */
export const linksOf = (p: Pick<Practice, 'threads' | 'documents' | 'audits'>) =>
  [...p.threads.map((l) => `/threads/${l.id}`), ...p.documents.map((l) => `/library/${l.id}`), ...p.audits.map((l) => `/audits/${l.id}`)].join('\n');

/**
 * Reads the practice form (flat fields, checkbox lists, the EMMIE ratings as `emmie.effect.rating`
 * …, links one per line), checks it with the shared schema and hands it to `save`; problems come
 * back as the form's localized failure. `save` redirects to the saved example.
 */
export async function submitPractice(event: Pick<RequestEvent, 'request' | 'locals'>, save: (input: ReturnType<typeof PracticeInput.parse>) => Promise<void>) {
  const { locale } = event.locals;
  const data = await event.request.formData();
  const values: Record<string, string> = readForm(data, [...SINGLE, ...RATINGS]);
  const lists = Object.fromEntries(LISTS.map((name) => [name, data.getAll(name).map(String)]));
  for (const name of LISTS) values[name] = lists[name]!.join(',');

  const ids: Record<(typeof LINK_FIELDS)[keyof typeof LINK_FIELDS], number[]> = { threadIds: [], documentIds: [], auditIds: [] };
  for (const line of values.links!.split('\n').map((l) => l.trim()).filter(Boolean)) {
    const match = LINK.exec(line);
    if (!match) return invalid('practice', values, { links: translate(locale, 'practices.linksInvalid') });
    ids[LINK_FIELDS[match[1] as keyof typeof LINK_FIELDS]].push(Number(match[2]));
  }
  const emmie = Object.fromEntries(EMMIE_DIMENSIONS.map((d) => [d, { rating: values[`emmie.${d}.rating`], note: values[`emmie.${d}.note`] }]));
  const input = { ...values, ...lists, ...ids, emmie, draft: values.draft === '1' };
  const parsed = validate({ safeParse: () => PracticeInput.safeParse(input) }, values, locale);
  if (!parsed.ok) return invalid('practice', values, parsed.errors);
  try {
    await save(parsed.data);
  } catch (e) {
    if (e instanceof ApiError && Object.values(LINK_FIELDS).some((f) => f in e.fields)) {
      return invalid('practice', values, { links: translate(locale, 'practices.linksUnreadable') });
    }
    return apiFailure('practice', values, e, locale);
  }
}
