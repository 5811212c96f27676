import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody } from '@praxisnetz/shared';
import type { Availability } from '../db/availability.ts';
import { databaseTrouble } from '../db/availability.ts';
import { sqlState } from '../lib/error-chain.ts';
import { AppError } from '../lib/errors.ts';
import { logError } from '../lib/log.ts';

/**
 * Input that only the database noticed (a schema gap): a NUL or invalid byte sequence, a number
 * out of its column's range, a nesting too deep. The schemas refuse these first; this keeps a gap
 * a 400 instead of a 500.
 */
const BAD_INPUT_SQLSTATE = new Set(['22021', '22P05', '22003', '22P02', '54001', '22001']);

/** 4xx errors raised by Express, its router and body parser (http-errors), e.g. a path that is not valid UTF-8. */
function clientErrorStatus(err: unknown): number | undefined {
  const status = (err as { status?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

export interface HttpFailure {
  status: number;
  body: ApiErrorBody;
  retryAfterSeconds?: number;
  /** worth a log line: a failure on our side, or input only the database refused */
  log: boolean;
}

/**
 * The one mapping from a failure to what the client is told, for the JSON API and the pages alike:
 * typed errors to their status, a database that is away to 503, anything else to a bare 500.
 */
export function toHttpFailure(err: unknown, availability: Availability): HttpFailure {
  if (err instanceof AppError) {
    const retry = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
    return {
      status: err.status,
      body: { error: { code: err.code, message: err.message, ...(err.fields && { fields: err.fields }), ...(err.rows && { rows: err.rows }), ...(err.details && { details: err.details }) } },
      ...(retry && { retryAfterSeconds: retry }),
      log: false,
    };
  }
  const type = (err as { type?: unknown } | null)?.type;
  if (type === 'entity.too.large') {
    return { status: 413, body: { error: { code: 'payload_too_large', message: 'The request is too large.' } }, log: false };
  }
  if (type === 'entity.parse.failed' || type === 'encoding.unsupported' || type === 'charset.unsupported') {
    return { status: 400, body: { error: { code: 'validation_failed', message: 'The request body is not valid JSON.' } }, log: false };
  }
  if (databaseTrouble(err)) {
    availability.report(err);
    const message = 'The service is briefly unavailable. Please try again in a few seconds.';
    return { status: 503, body: { error: { code: 'unavailable', message } }, retryAfterSeconds: 5, log: false };
  }
  if (BAD_INPUT_SQLSTATE.has(sqlState(err) ?? '')) {
    return { status: 400, body: { error: { code: 'validation_failed', message: 'The request contains a value that cannot be stored.' } }, log: true };
  }
  const status = clientErrorStatus(err);
  if (status) return { status, body: { error: { code: status === 404 ? 'not_found' : 'validation_failed', message: 'The request is not valid.' } }, log: false };
  return { status: 500, body: { error: { code: 'internal', message: 'Something went wrong on our side.' } }, log: true };
}

export function errorHandler(availability: Availability): ErrorRequestHandler {
  return (err, req, res, _next) => {
    const failure = toHttpFailure(err, availability);
    if (failure.log) logError(`${req.method} ${req.baseUrl}${req.route?.path ?? ''}`, err, res.locals.requestId);
    if (res.headersSent) return void res.destroy();
    if (failure.retryAfterSeconds) res.set('Retry-After', String(failure.retryAfterSeconds));
    res.status(failure.status).json(failure.body);
  };
}
