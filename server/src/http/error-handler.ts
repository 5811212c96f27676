import type { ErrorRequestHandler } from 'express';
import type { ApiErrorBody } from '@praxisnetz/shared';
import { AppError } from '../lib/errors.ts';

/** The one place where failures become HTTP: typed errors to their status, anything else to a bare 500. */
export const errorHandler: ErrorRequestHandler = (err, _req, res, _next) => {
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
  } else if (err?.type === 'entity.parse.failed') {
    status = 400;
    body = { error: { code: 'validation_failed', message: 'The request body is not valid JSON.' } };
  } else {
    console.error(err);
  }
  res.status(status).json(body);
};
