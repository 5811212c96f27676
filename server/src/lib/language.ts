import type { Locale } from '@praxisnetz/shared';
import { franc } from 'franc-min';

const BY_ISO639_3: Record<string, Locale> = { deu: 'de', eng: 'en', fra: 'fr' };
const ONLY = Object.keys(BY_ISO639_3);

/** The language a text is written in, among ours; short or unclear texts get the fallback. */
export function detectLanguage(text: string, fallback: Locale): Locale {
  return BY_ISO639_3[franc(text.slice(0, 2000), { only: ONLY, minLength: 20 })] ?? fallback;
}
