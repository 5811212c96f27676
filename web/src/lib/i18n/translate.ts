import type { Locale } from '@praxisnetz/shared';
import { de, type MessageKey, type Messages } from './de.ts';
import { en } from './en.ts';
import { fr } from './fr.ts';
import { perLocale } from './format.ts';

export type { MessageKey };
export type MessageParams = Record<string, string | number>;
export type Translate = (key: MessageKey, params?: MessageParams) => string;

const catalogs: Record<Locale, Messages> = { de, en, fr };
const pluralRules = perLocale((l) => new Intl.PluralRules(l));
const numberFormat = perLocale((l) => new Intl.NumberFormat(l));

/** Looks up a text and fills in `{param}`s; with a numeric `count` it picks the "one|other" form. */
export function translate(locale: Locale, key: MessageKey, params: MessageParams = {}): string {
  let text: string = catalogs[locale][key];
  if (typeof params.count === 'number' && text.includes('|')) {
    const [one, other] = text.split('|') as [string, string];
    text = pluralRules(locale).select(params.count) === 'one' ? one : other;
  }
  if (!text.includes('{')) return text;
  return text.replace(/\{(\w+)\}/g, (whole, name: string) => {
    const value = params[name];
    if (value === undefined) return whole;
    return typeof value === 'number' ? numberFormat(locale).format(value) : value;
  });
}

/** A text split where one parameter goes, so markup (a <time>, a link) can sit in its place. */
export function translateAround(locale: Locale, key: MessageKey, slot: string, params: MessageParams = {}): [string, string] {
  const marker = '\u0000';
  const [before = '', after = ''] = translate(locale, key, { ...params, [slot]: marker }).split(marker);
  return [before, after];
}
