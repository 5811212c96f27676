import type { ErrorCode } from '@praxisnetz/shared';

/** A failure a user can act on; the HTTP layer maps it to a status and JSON body. */
export class AppError extends Error {
  readonly status: number;
  readonly code: ErrorCode;
  readonly fields?: Record<string, string>;
  /** facts the client words itself (a suspension's reason and end) */
  details?: Record<string, string>;
  /** the problems of an uploaded table, each with its row and column */
  rows?: { row: number; column: string; message: string }[];
  constructor(status: number, code: ErrorCode, message: string, fields?: Record<string, string>) {
    super(message);
    this.status = status;
    this.code = code;
    this.fields = fields;
  }
}

export const ValidationError = (fields: Record<string, string>, message = 'Some fields are invalid.') =>
  new AppError(400, 'validation_failed', message, fields);
export const Unauthenticated = (message = 'Please sign in.') => new AppError(401, 'unauthenticated', message);
export const Forbidden = (message = 'You may not do this.', code: ErrorCode = 'forbidden') =>
  new AppError(403, code, message);
export const NotFound = (what = 'Resource') => new AppError(404, 'not_found', `${what} not found.`);
export const Conflict = (message: string, code: ErrorCode = 'conflict', fields?: Record<string, string>) =>
  new AppError(409, code, message, fields);
/** A suspended account is refused, with the suspension's reason and end (if any) for the person. */
export const Suspended = (suspension: { reason: string | null; until: Date | null }) =>
  Object.assign(new AppError(403, 'account_suspended', 'This account is suspended.'), {
    details: { ...(suspension.reason && { reason: suspension.reason }), ...(suspension.until && { until: suspension.until.toISOString() }) },
  });

/** A file past its limit (413), saying the limit. */
export const TooLarge = (maxBytes: number) =>
  new AppError(413, 'payload_too_large', `The file is larger than the limit of ${Math.round((maxBytes / 1024 / 1024) * 10) / 10} MB.`);

/** An uploaded table with problems: every one named by row (1 is the header) and column. */
export const RowsInvalid = <Row extends { row: number; column: string; message: string }>(rows: Row[]) =>
  Object.assign(new AppError(400, 'validation_failed', `The file has ${rows.length} problem${rows.length === 1 ? '' : 's'}; nothing was imported.`), { rows });

export const RateLimited = (retryAfterSeconds: number) =>
  Object.assign(new AppError(429, 'rate_limited', 'Too many attempts. Please wait and try again.'), {
    retryAfterSeconds,
  });
