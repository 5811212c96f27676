import { z } from 'zod';
import { line } from './text.ts';

export const City = z.object({
  slug: z.string(),
  name: z.string(),
  state: z.string(),
  country: z.string(),
  memberCount: z.number().int(),
});
export type City = z.infer<typeof City>;

export const CityInput = z.object({
  name: line().trim().min(2).max(100),
  state: line().trim().min(2).max(100),
  country: line().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code'),
});
export type CityInput = z.infer<typeof CityInput>;
