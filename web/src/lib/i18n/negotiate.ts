import { Locale } from '@praxisnetz/shared';

export const LOCALE_COOKIE = 'pn_locale';
export const DEFAULT_LOCALE: Locale = 'de';

export function parseLocale(value: string | null | undefined): Locale | null {
  const parsed = Locale.safeParse(value);
  return parsed.success ? parsed.data : null;
}

/** The first supported language of an Accept-Language header, by quality. */
export function fromAcceptLanguage(header: string | null): Locale | null {
  if (!header) return null;
  const ranked = header
    .split(',')
    .map((part) => {
      const [tag = '', ...attrs] = part.trim().split(';');
      const q = attrs.map((a) => a.trim()).find((a) => a.startsWith('q='));
      return { lang: tag.split('-')[0]!.toLowerCase(), q: q ? Number(q.slice(2)) || 0 : 1 };
    })
    .filter((entry) => entry.q > 0)
    .sort((a, b) => b.q - a.q);
  return ranked.map((entry) => parseLocale(entry.lang)).find((l) => l !== null) ?? null;
}

export function resolveLocale(input: { userLocale?: Locale; cookie?: string; acceptLanguage: string | null }): Locale {
  return input.userLocale ?? parseLocale(input.cookie) ?? fromAcceptLanguage(input.acceptLanguage) ?? DEFAULT_LOCALE;
}
