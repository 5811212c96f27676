import { Id } from '@praxisnetz/shared';
import { NotFound } from '../lib/errors.ts';

/** A path id that is not a positive integer names nothing: 404, like an unknown one. */
export function idParam(value: string | string[] | undefined, what: string): number {
  const parsed = Id.safeParse(value);
  if (!parsed.success) throw NotFound(what);
  return parsed.data;
}

export const queryString = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);
