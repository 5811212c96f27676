import type { User } from '@praxisnetz/shared';
import { error, redirect, type RequestEvent } from '@sveltejs/kit';
import { translate } from '#lib/i18n/translate.ts';
import { isMember, isStaff } from '#lib/roles.ts';
import { ApiError } from './api.ts';

type GuardEvent = Pick<RequestEvent, 'locals' | 'url'>;

const SAME_SITE = 'http://same.site';

/** Only paths of this site may be a target after sign-in or a language switch. */
export function safeNext(next: string | null): string {
  if (!next?.startsWith('/')) return '/';
  const url = new URL(next, SAME_SITE);
  return url.origin === SAME_SITE ? url.pathname + url.search + url.hash : '/';
}

export function loginPath(url: URL): string {
  return `/login?next=${encodeURIComponent(url.pathname + url.search)}`;
}

export function requireUser(event: GuardEvent): User {
  if (!event.locals.user) redirect(303, loginPath(event.url));
  return event.locals.user;
}

function pending(event: GuardEvent): never {
  error(403, translate(event.locals.locale, 'error.pendingTitle'), { code: 'account_pending' });
}

export function requireMember(event: GuardEvent): User {
  const user = requireUser(event);
  if (!isMember(user)) pending(event);
  return user;
}

export function requireStaff(event: GuardEvent): User {
  const user = requireMember(event);
  if (!isStaff(user)) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  return user;
}

/** In a load, an API refusal becomes the matching page outcome. */
export function loadFailure(event: GuardEvent, e: unknown): never {
  if (!(e instanceof ApiError)) throw e;
  if (e.status === 401) redirect(303, loginPath(event.url));
  if (e.code === 'account_pending') pending(event);
  if (e.status === 404 || e.status === 400) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
  if (e.status === 403) error(403, translate(event.locals.locale, 'error.forbiddenTitle'));
  throw e;
}

/** The record a path names by its number (e.g. `/library/12`); anything else is a 404 page. */
export function pathId(event: Pick<RequestEvent, 'params' | 'locals'>, value = event.params.id): number {
  if (!value || !/^\d{1,15}$/.test(value)) error(404, translate(event.locals.locale, 'error.notFoundTitle'));
  return Number(value);
}
