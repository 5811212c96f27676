import type { Locale, LocalizedText } from '@praxisnetz/shared';
import { createContext } from 'svelte';
import { countryName, formatDate, formatDateTime, formatRelative, localized } from './format.ts';
import { type MessageKey, type MessageParams, translate, translateAround, type Translate } from './translate.ts';

export interface I18n {
  readonly locale: Locale;
  t: Translate;
  around: (key: MessageKey, slot: string, params?: MessageParams) => [string, string];
  dateTime: (iso: string) => string;
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
    dateTime: (iso) => formatDateTime(locale(), iso, timeZone()),
    date: (iso) => formatDate(locale(), iso),
    relative: (iso) => formatRelative(locale(), iso),
    country: (code) => countryName(locale(), code),
    pick: (text) => localized(locale(), text),
  });
}
