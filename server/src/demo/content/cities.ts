import type { DemoCity } from './types.ts';

export const demoCities: DemoCity[] = [
  { slug: 'augsburg', name: 'Augsburg', state: 'Bayern', country: 'DE' },
  { slug: 'bremen', name: 'Bremen', state: 'Bremen', country: 'DE' },
  { slug: 'duesseldorf', name: 'Düsseldorf', state: 'Nordrhein-Westfalen', country: 'DE' },
  { slug: 'duisburg', name: 'Duisburg', state: 'Nordrhein-Westfalen', country: 'DE' },
  { slug: 'frankfurt-am-main', name: 'Frankfurt am Main', state: 'Hessen', country: 'DE' },
  { slug: 'hannover', name: 'Hannover', state: 'Niedersachsen', country: 'DE' },
  { slug: 'karlsruhe', name: 'Karlsruhe', state: 'Baden-Württemberg', country: 'DE' },
  { slug: 'leipzig', name: 'Leipzig', state: 'Sachsen', country: 'DE' },
  { slug: 'magdeburg', name: 'Magdeburg', state: 'Sachsen-Anhalt', country: 'DE' },
  { slug: 'mannheim', name: 'Mannheim', state: 'Baden-Württemberg', country: 'DE' },
  { slug: 'muenster', name: 'Münster', state: 'Nordrhein-Westfalen', country: 'DE' },
  { slug: 'nuernberg', name: 'Nürnberg', state: 'Bayern', country: 'DE' },
  { slug: 'stuttgart', name: 'Stuttgart', state: 'Baden-Württemberg', country: 'DE' },
  { slug: 'strasbourg', name: 'Strasbourg', state: 'Grand Est', country: 'FR' },
];

