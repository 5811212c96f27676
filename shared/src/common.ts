import { z } from 'zod';

export const Locale = z.enum(['de', 'en', 'fr']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

/** A text kept in each UI language (category names and descriptions). */
export const LocalizedText = z.object({ de: z.string(), en: z.string(), fr: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Numeric ids travel as positive integers; anything else is an unknown id. */
export const Id = z.coerce.number().int().positive().max(2 ** 53 - 1);

export type Page<T> = { items: T[]; nextCursor: string | null };
