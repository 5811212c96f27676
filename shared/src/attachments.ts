import { z } from 'zod';
import { Id } from './common.ts';

/** A document as a post shows it. */
export const Attachment = z.object({
  id: z.number().int(),
  title: z.string(),
  filename: z.string(),
  size: z.number().int(),
  mime: z.string(),
});
export type Attachment = z.infer<typeof Attachment>;

export const ATTACHMENTS_MAX = 10;
export const AttachmentIds = z.preprocess(
  (v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]),
  z.array(Id).max(ATTACHMENTS_MAX),
);
