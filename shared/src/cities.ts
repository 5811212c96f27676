import { z } from 'zod';
import { line } from './text.ts';

export const City = z.object({
  slug: z.string(),
  name: z.string(),
  state: z.string(),
  country: z.string(),
  memberCount: z.number().int(),
  /** the member who coordinates the city in the network and approves its applicants */
  coordinator: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
});
export type City = z.infer<typeof City>;

export const CoordinatorInput = z.object({ userId: z.number().int().positive().nullable() });
export type CoordinatorInput = z.infer<typeof CoordinatorInput>;

export const MergeCityInput = z.object({ intoSlug: line().min(1).max(100) });
export type MergeCityInput = z.infer<typeof MergeCityInput>;

export const CityInput = z.object({
  name: line().trim().min(2).max(100),
  state: line().trim().min(2).max(100),
  country: line().trim().toUpperCase().regex(/^[A-Z]{2}$/, 'Use a two-letter country code'),
});
export type CityInput = z.infer<typeof CityInput>;
