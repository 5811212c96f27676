import { z } from 'zod';
import { line, secret } from './text.ts';

/** A member's data export: prepared in the background, downloadable for EXPORT_DAYS days. */
export const EXPORT_DAYS = 7;
/** An erasure runs this many days after it was asked for, unless an administrator stops it. */
export const ERASURE_GRACE_DAYS = 14;

export const DataExport = z.object({
  id: z.number().int(),
  status: z.enum(['pending', 'ready', 'failed', 'expired']),
  requestedAt: z.string(),
  readyAt: z.string().nullable(),
  expiresAt: z.string().nullable(),
  size: z.number().int().nullable(),
  /** the ZIP, for the signed-in person only; null until ready and once expired */
  url: z.string().nullable(),
});
export type DataExport = z.infer<typeof DataExport>;

/**
 * Erasing one's own account: the current password, or — for an account without one (single
 * sign-on) — the account's e-mail address typed out as the confirmation.
 */
export const ErasureInput = z
  .object({
    password: secret().max(200).optional(),
    confirmation: line().max(320).optional(),
  })
  .refine((v) => v.password !== undefined || v.confirmation !== undefined, { message: 'Give your password or type your e-mail address.', path: ['password'] });
export type ErasureInput = z.infer<typeof ErasureInput>;

export const Erasure = z.object({
  requestedAt: z.string(),
  /** when the account is erased, unless stopped before */
  dueAt: z.string(),
});
export type Erasure = z.infer<typeof Erasure>;

export const ScheduledErasure = Erasure.extend({
  userId: z.number().int(),
  displayName: z.string(),
  email: z.string(),
});
export type ScheduledErasure = z.infer<typeof ScheduledErasure>;
