import type { DocumentType, Locale } from '@praxisnetz/shared';
import { demoUsers } from './users.ts';
import type { FileMeta } from '../sample-files/index.ts';

/**
 * The demo library: documents of the network's member cities, built as real files when the demo
 * is seeded. Persons are the fictional demo accounts; districts are generic names (Nordstadt,
 * Bahnhofsquartier …) and all figures are invented, which every file says at its end, so that no
 * real neighbourhood is tied to made-up numbers.
 */
export interface DemoDocument {
  key: string;
  title: string;
  description: string;
  type: DocumentType;
  /** a key of demoUsers */
  ownerKey: string;
  citySlug: string;
  year: number;
  language: Locale;
  /** category slugs of demoCategories */
  topics: string[];
  visibility: 'members' | 'public' | 'group';
  /** with visibility 'group': the key of the demo working group that reads it (demo-groups.ts) */
  groupKey?: string;
  filename: string;
  daysAgo: number;
  /** the title of a demo thread whose opening post gets this document attached */
  linkedThreadTitle?: string;
  build(): Promise<Uint8Array>;
}

export const NOTE = {
  de: 'Hinweis: Beispieldokument der Praxisnetz-Demo. Personen, Stadtteile und Zahlen sind fiktiv.',
  en: 'Note: sample document of the Praxisnetz demo. People, districts and figures are fictitious.',
  fr: 'Remarque : document d’exemple de la démo Praxisnetz. Personnes, quartiers et chiffres sont fictifs.',
};

export function meta(ownerKey: string, language: string, date: string): FileMeta {
  const owner = demoUsers.find((u) => u.key === ownerKey);
  if (!owner) throw new Error(`no demo user ${ownerKey}`);
  return { author: owner.displayName, language, date: new Date(`${date}T09:00:00Z`) };
}

const tick = '☐';
export const options = (...labels: string[]) => labels.map((l) => `${tick} ${l}`).join('    ');
export const SAFETY_SCALE = options('sehr sicher', 'eher sicher', 'eher unsicher', 'sehr unsicher', 'weiß nicht');

/** The survey's second wave per district: the table and the chart show the same figures. */
export const surveyDistricts: [district: string, respondents: number, response: number, safe: number, victim: number, avoid: number][] = [
  ['Innenstadt', 612, 28.4, 52, 17.8, 41],
  ['Bahnhofsquartier', 389, 24.1, 38, 21.3, 55],
  ['Nordstadt', 544, 30.2, 57, 13.9, 36],
  ['Hafenviertel', 301, 22.7, 44, 16.2, 47],
  ['Weststadt', 578, 33.5, 71, 9.4, 22],
  ['Oststadt', 497, 31.8, 68, 10.1, 25],
  ['Gartenstadt', 463, 36.9, 79, 7.2, 17],
  ['Südstadt', 521, 32.6, 66, 11.5, 28],
];
export const SURVEY_TOTAL: [number, number, number, number, number] = [3905, 31.0, 61, 12.8, 32];
