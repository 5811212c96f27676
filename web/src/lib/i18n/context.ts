import type { Locale, LocalizedText } from '@praxisnetz/shared';
import { createContext } from 'svelte';
import { countryName, formatDate, formatDateTime, formatRelative, formatTime, localized, sameDay } from './format.ts';
import { type MessageKey, type MessageParams, translate, translateAround, type Translate } from './translate.ts';

export interface I18n {
  readonly locale: Locale;
  t: Translate;
  around: (key: MessageKey, slot: string, params?: MessageParams) => [string, string];
  /** date and time in the reader's zone, named unless `named` is false (the start of a range) */
  dateTime: (iso: string, named?: boolean) => string;
  /** "18:00 – 19:30 MESZ" or two full dates: a range in the reader's zone */
  range: (startIso: string, endIso: string) => string;
  date: (iso: string) => string;
  relative: (iso: string) => string;
  country: (code: string) => string;
  pick: (text: LocalizedText) => string;
}

const [getI18n, setI18n] = createContext<I18n>();
export { getI18n };

/** Provided once by the root layout; reads the locale lazily so a profile change re-renders the texts. */
export function provideI18n(locale: () => Locale, timeZone: () => string | null = () => null): I18n {
  return setI18n({
    get locale() {
      return locale();
    },
    t: (key, params) => translate(locale(), key, params),
    around: (key, slot, params) => translateAround(locale(), key, slot, params),
    dateTime: (iso, named) => formatDateTime(locale(), iso, timeZone(), named),
    range: (start, end) =>
      `${formatDateTime(locale(), start, timeZone(), false)} – ${
        sameDay(start, end, timeZone()) ? formatTime(locale(), end, timeZone()) : formatDateTime(locale(), end, timeZone())
      }`,
    date: (iso) => formatDate(locale(), iso),
    relative: (iso) => formatRelative(locale(), iso),
    country: (code) => countryName(locale(), code),
    pick: (text) => localized(locale(), text),
  });
}
