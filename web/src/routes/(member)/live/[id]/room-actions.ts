import type { Locale } from '@praxisnetz/shared';
import { redirect, type RequestEvent } from '@sveltejs/kit';
import { type MessageKey, translate } from '#lib/i18n/translate.ts';
import { viewHref } from '#lib/paths.ts';
import { ApiError, type Api, createApi } from '#lib/server/api.ts';
import { idParam } from '#lib/forum/composer.server.ts';
import { apiFailure, type FormValues, invalid, readForm, type SchemaLike, validate } from '#lib/server/forms.ts';
import { pathId } from '#lib/server/guards.ts';

type ActionEvent = RequestEvent<{ id: string }>;

/** Back to the room as it was shown (sort order kept), at the question or part of the page acted on. */
export function backToRoom(event: ActionEvent, anchor?: string, flag?: string): never {
  const url = new URL(viewHref(event.url), event.url);
  if (flag) url.searchParams.set(flag, '1');
  redirect(303, `${url.pathname}${url.search}${anchor ? `#${anchor}` : ''}`);
}

export const questionAnchor = (id: number) => `q-${id}`;

/**
 * A refusal of the API in the room's words: a rate limit says when to try again, a conflict says what
 * changed meanwhile (the session ended, the question was answered), everything else as elsewhere.
 */
export function roomFailure(form: string, values: FormValues, e: unknown, locale: Locale, conflict: MessageKey = 'room.error.conflict') {
  if (e instanceof ApiError && e.status === 429) {
    const seconds = e.retryAfter ?? 60;
    return invalid(form, values, {}, translate(locale, 'room.error.rateLimited', { seconds }), 429);
  }
  if (e instanceof ApiError && e.status === 409 && !Object.keys(e.fields).length) {
    return invalid(form, values, {}, translate(locale, conflict), 409);
  }
  return apiFailure(form, values, e, locale);
}

interface Spec<K extends string, T> {
  /** the form's name; a per-question form's name ends with the question's id so its fields stay unique */
  form: (questionId: number | null) => string;
  fields: readonly K[];
  schema?: SchemaLike<T>;
  conflict?: MessageKey;
  /** where to come back to after success; the question by default */
  anchor?: (questionId: number | null) => string | undefined;
  /** a parameter set on the way back, for the page to confirm what happened without JavaScript */
  flag?: string;
}

/**
 * The shape of every room action: read the fields (and the question they concern), check them with the
 * shared schema, run the use case through the API, then post-redirect-get back to the room.
 */
export function roomAction<const K extends string, T>(
  spec: Spec<K, T>,
  run: (api: Api, ids: { sessionId: number; questionId: number | null }, input: T, values: Record<K, string>) => Promise<unknown>,
) {
  return async (event: ActionEvent) => {
    const { locale } = event.locals;
    const sessionId = pathId(event);
    const data = await event.request.formData();
    const questionId = idParam(String(data.get('questionId') ?? ''));
    const values = readForm(data, spec.fields);
    const form = spec.form(questionId);
    let input = values as unknown as T;
    if (spec.schema) {
      const checked = validate(spec.schema, values, locale);
      if (!checked.ok) return invalid(form, values, checked.errors);
      input = checked.data;
    }
    try {
      await run(createApi(event), { sessionId, questionId }, input, values);
    } catch (e) {
      return roomFailure(form, values, e, locale, spec.conflict);
    }
    backToRoom(event, spec.anchor ? spec.anchor(questionId) : questionId ? questionAnchor(questionId) : undefined, spec.flag);
  };
}

/** For the actions on one question: a missing or malformed id names nothing. */
export function required(questionId: number | null): number {
  if (questionId === null) throw new ApiError(404, 'not_found', 'No question named.');
  return questionId;
}
