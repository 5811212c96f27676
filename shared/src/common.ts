import { z } from 'zod';

export const Locale = z.enum(['de', 'en', 'fr']);
export type Locale = z.infer<typeof Locale>;
export const LOCALES = Locale.options;

/** A text kept in each UI language (category names and descriptions). */
export const LocalizedText = z.object({ de: z.string(), en: z.string(), fr: z.string() });
export type LocalizedText = z.infer<typeof LocalizedText>;

/** Ids are PostgreSQL integers: 1 … 2^31 − 1. */
export const ID_MAX = 2_147_483_647;
/** An id in a path, a query or a form field (a string turned into a number). */
export const Id = z.coerce.number().int().positive().max(ID_MAX);
/** An id in a JSON body or a socket event: a number already. */
export const IdNumber = z.number().int().positive().max(ID_MAX);

export type Page<T> = { items: T[]; nextCursor: string | null };
