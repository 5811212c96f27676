import { Id, line } from '@praxisnetz/shared';
import { NotFound } from '../lib/errors.ts';

/** A path id that is not a positive integer names nothing: 404, like an unknown one. */
export function idParam(value: string | string[] | undefined, what: string): number {
  const parsed = Id.safeParse(value);
  if (!parsed.success) throw NotFound(what);
  return parsed.data;
}

const Slug = line().min(1).max(200);

/** A path name (a slug, a token) outside the input policy names nothing either: 404. */
export function nameParam(value: string | string[] | undefined, what: string): string {
  const parsed = Slug.safeParse(value);
  if (!parsed.success) throw NotFound(what);
  return parsed.data;
}

export const queryString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
