import { z } from 'zod';
import { blankToNull, blankToUndefined, line } from './text.ts';

export const City = z.object({
  slug: z.string(),
  name: z.string(),
  state: z.string(),
  country: z.string(),
  memberCount: z.number().int(),
  /** the member who coordinates the city in the network and approves its applicants */
  coordinator: z.object({ id: z.number().int(), displayName: z.string() }).nullable(),
  /** the public profile: prevention council or office, contact, web page, and where the city lies */
  council: z.string(),
  contact: z.string(),
  website: z.string(),
  latitude: z.number().nullable(),
  longitude: z.number().nullable(),
});
export type City = z.infer<typeof City>;

/** A city's page: the city and what the reader may do with its profile. */
export const CityProfile = City.extend({ permissions: z.object({ canEdit: z.boolean() }) });
export type CityProfile = z.infer<typeof CityProfile>;

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

/** A city's public profile, kept by the administrators and the city's coordinator. */
export const CityProfileInput = z
  .object({
    council: line().trim().max(200).default(''),
    contact: line().trim().max(300).default(''),
    website: z.preprocess(blankToUndefined, z.url({ protocol: /^https?$/, error: 'Use a web address starting with https://' }).max(500).optional()),
    latitude: z.preprocess(blankToNull, z.coerce.number().min(-90).max(90).nullable().default(null)),
    longitude: z.preprocess(blankToNull, z.coerce.number().min(-180).max(180).nullable().default(null)),
  })
  .refine((c) => (c.latitude === null) === (c.longitude === null), { message: 'Give both coordinates, or neither.', path: ['longitude'] });
export type CityProfileInput = z.input<typeof CityProfileInput>;
