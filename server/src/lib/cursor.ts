import { ValidationError } from './errors.ts';

/** Cursors are opaque to clients: base64url JSON of the last row's sort key. */
export function encodeCursor(key: Record<string, string | number>): string {
  return Buffer.from(JSON.stringify(key)).toString('base64url');
}

export function decodeCursor<T>(cursor: string | undefined, isValid: (v: unknown) => v is T): T | null {
  if (!cursor) return null;
  try {
    const value: unknown = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8'));
    if (isValid(value)) return value;
  } catch {
    // falls through to the validation error
  }
  throw ValidationError({ cursor: 'This page link is not valid.' });
}

export const isActivityKey = (v: unknown): v is { at: string; id: number } =>
  typeof v === 'object' && v !== null && typeof (v as { at: unknown }).at === 'string' &&
  !Number.isNaN(Date.parse((v as { at: string }).at)) && Number.isInteger((v as { id: unknown }).id);

export const isIdKey = (v: unknown): v is { id: number } =>
  typeof v === 'object' && v !== null && Number.isInteger((v as { id: unknown }).id);
