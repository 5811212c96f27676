import { z } from 'zod';

export const ErrorCode = z.enum([
  'validation_failed',
  'unauthenticated',
  'invalid_credentials',
  'account_pending',
  'account_suspended',
  /** the account is to be erased (its owner asked); an administrator can still stop it */
  'account_erasure_scheduled',
  'forbidden',
  'csrf_rejected',
  'not_found',
  'conflict',
  'email_taken',
  'email_unconfirmed',
  'thread_locked',
  /** the member flagged this item before */
  'already_flagged',
  'payload_too_large',
  'unsupported_media_type',
  'rate_limited',
  /** the database is away (a restart, a failover): try again in a few seconds */
  'unavailable',
  'internal',
]);
export type ErrorCode = z.infer<typeof ErrorCode>;

export const ApiErrorBody = z.object({
  error: z.object({
    code: ErrorCode,
    message: z.string(),
    fields: z.record(z.string(), z.string()).optional(),
    /** facts the client words itself: a suspension's `reason` and `until` */
    details: z.record(z.string(), z.string()).optional(),
  }),
});
export type ApiErrorBody = z.infer<typeof ApiErrorBody>;
