import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody } from '@praxisnetz/shared';
import type { Availability } from '../db/availability.ts';
import { isDatabaseUnavailable } from '../db/availability.ts';
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
  const status = (err as { status?: unknown; expose?: unknown } | null)?.status;
  return typeof status === 'number' && status >= 400 && status < 500 ? status : undefined;
}

/** The one place where failures become HTTP: typed errors to their status, anything else to a bare 500. */
export function errorHandler(availability: Availability): ErrorRequestHandler {
  return (err, req, res, _next) => {
    let status = 500;
    let body: ApiErrorBody = { error: { code: 'internal', message: 'Something went wrong on our side.' } };
    if (err instanceof AppError) {
      status = err.status;
      body = { error: { code: err.code, message: err.message, ...(err.fields && { fields: err.fields }) } };
      const retry = (err as { retryAfterSeconds?: number }).retryAfterSeconds;
      if (retry) res.set('Retry-After', String(retry));
    } else if (err?.type === 'entity.too.large') {
      status = 413;
      body = { error: { code: 'payload_too_large', message: 'The request is too large.' } };
    } else if (err?.type === 'entity.parse.failed' || err?.type === 'encoding.unsupported' || err?.type === 'charset.unsupported') {
      status = 400;
      body = { error: { code: 'validation_failed', message: 'The request body is not valid JSON.' } };
    } else if (isDatabaseUnavailable(err)) {
      availability.report(err);
      status = 503;
      res.set('Retry-After', '5');
      body = { error: { code: 'unavailable', message: 'The service is briefly unavailable. Please try again in a few seconds.' } };
    } else if (BAD_INPUT_SQLSTATE.has(sqlState(err) ?? '')) {
      status = 400;
      body = { error: { code: 'validation_failed', message: 'The request contains a value that cannot be stored.' } };
    } else if (clientErrorStatus(err)) {
      status = clientErrorStatus(err)!;
      body = { error: { code: status === 404 ? 'not_found' : 'validation_failed', message: 'The request is not valid.' } };
    }
    if (status === 500 || BAD_INPUT_SQLSTATE.has(sqlState(err) ?? '')) logError(`${req.method} ${req.baseUrl}${req.route?.path ?? ''}`, err, res.locals.requestId);
    if (res.headersSent) return void res.destroy();
    res.status(status).json(body);
  };
}
