import type { Locale, LocalizedText } from '@praxisnetz/shared';

/** The network works in Central European time; server and browser render the same clock. */
const TIME_ZONE = 'Europe/Berlin';
const RELATIVE_LIMIT_MS = 7 * 24 * 60 * 60 * 1000;

const UNITS: [Intl.RelativeTimeFormatUnit, number][] = [
  ['day', 24 * 60 * 60 * 1000],
  ['hour', 60 * 60 * 1000],
  ['minute', 60 * 1000],
];

/** Creating an Intl formatter costs far more than using one: one per locale and kind, made on first use. */
export function perLocale<F>(make: (locale: Locale) => F): (locale: Locale) => F {
  const cache = new Map<Locale, F>();
  return (locale) => {
    let formatter = cache.get(locale);
    if (!formatter) {
      formatter = make(locale);
      cache.set(locale, formatter);
    }
    return formatter;
  };
}

/** Date and time, or the time alone, with or without the zone's short name ("MEZ", "CET"), per locale and zone. */
const dateTimeFormats = new Map<string, Intl.DateTimeFormat>();
function dateTimeFormat(locale: Locale, zone: string, parts: 'dateTime' | 'time', named: boolean): Intl.DateTimeFormat {
  const key = `${locale}|${zone}|${parts}|${named}`;
  let format = dateTimeFormats.get(key);
  if (!format) {
    const date = parts === 'dateTime' ? ({ day: 'numeric', month: 'long', year: 'numeric' } as const) : {};
    format = new Intl.DateTimeFormat(locale, { ...date, hour: '2-digit', minute: '2-digit', timeZone: zone, ...(named && { timeZoneName: 'short' }) });
    dateTimeFormats.set(key, format);
  }
  return format;
}
const dateFormat = perLocale((l) => new Intl.DateTimeFormat(l, { dateStyle: 'medium', timeZone: TIME_ZONE }));
const relativeFormat = perLocale((l) => new Intl.RelativeTimeFormat(l, { numeric: 'auto' }));
const regionNames = perLocale((l) => new Intl.DisplayNames(l, { type: 'region' }));
const languageNames = perLocale((l) => new Intl.DisplayNames(l, { type: 'language' }));
const percentFormat = perLocale((l) => new Intl.NumberFormat(l, { style: 'percent' }));
const SIZE_UNITS = ['byte', 'kilobyte', 'megabyte', 'gigabyte'] as const;
const sizeFormats = SIZE_UNITS.map((unit) =>
  perLocale((l) => new Intl.NumberFormat(l, { style: 'unit', unit, unitDisplay: 'short', maximumFractionDigits: unit === 'byte' ? 0 : 1 })),
);

/** In the member's own time zone if they chose one, else the network's (Europe/Berlin); the zone is named. */
export function formatDateTime(locale: Locale, iso: string, zone: string | null = null, named = true): string {
  return dateTimeFormat(locale, zone || TIME_ZONE, 'dateTime', named).format(new Date(iso));
}

/** The clock time with the zone ("19:30 MESZ"): the end of a range that begins the same day. */
export function formatTime(locale: Locale, iso: string, zone: string | null = null): string {
  return dateTimeFormat(locale, zone || TIME_ZONE, 'time', true).format(new Date(iso));
}

/** Whether two moments fall on the same day in the zone. */
export function sameDay(a: string, b: string, zone: string | null = null): boolean {
  const day = (iso: string) => new Date(iso).toLocaleDateString('en-CA', { timeZone: zone || TIME_ZONE });
  return day(a) === day(b);
}

export function formatDate(locale: Locale, iso: string): string {
  return dateFormat(locale).format(new Date(iso));
}

/** "vor 3 Stunden" for the last week, the calendar date before that. */
export function formatRelative(locale: Locale, iso: string, now = Date.now()): string {
  const diff = new Date(iso).getTime() - now;
  if (Math.abs(diff) >= RELATIVE_LIMIT_MS) return formatDate(locale, iso);
  const rtf = relativeFormat(locale);
  for (const [unit, ms] of UNITS) {
    if (Math.abs(diff) >= ms) return rtf.format(Math.round(diff / ms), unit);
  }
  return rtf.format(0, 'minute');
}

export function countryName(locale: Locale, code: string): string {
  try {
    return regionNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "Polnisch" for 'pl'; the code itself when the runtime knows no name for it. */
export function languageName(locale: Locale, code: string): string {
  try {
    return languageNames(locale).of(code) ?? code;
  } catch {
    return code;
  }
}

/** "1,4 MB", counted in steps of 1024 as the upload limit is (50 MB = 50 × 1024 × 1024 bytes). */
export function formatFileSize(locale: Locale, bytes: number): string {
  let step = 0;
  let value = bytes;
  while (value >= 1024 && step < SIZE_UNITS.length - 1) {
    value /= 1024;
    step += 1;
  }
  return sizeFormats[step]!(locale).format(value);
}

/** 0.25 → "25 %" */
export const formatPercent = (locale: Locale, fraction: number): string => percentFormat(locale).format(fraction);

export const localized = (locale: Locale, text: LocalizedText): string => text[locale] || text.de;
