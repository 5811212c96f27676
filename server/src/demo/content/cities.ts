import type { DemoCity } from './types.ts';

export const demoCities: DemoCity[] = [
  { slug: 'augsburg', name: 'Augsburg', state: 'Bayern', country: 'DE', council: 'Kommunaler Präventionsrat Augsburg', latitude: 48.3705, longitude: 10.8978 },
  { slug: 'bremen', name: 'Bremen', state: 'Bremen', country: 'DE', council: 'Präventionsrat Bremen', latitude: 53.0793, longitude: 8.8017 },
  { slug: 'duesseldorf', name: 'Düsseldorf', state: 'Nordrhein-Westfalen', country: 'DE', council: 'Kriminalpräventiver Rat Düsseldorf', latitude: 51.2277, longitude: 6.7735 },
  { slug: 'duisburg', name: 'Duisburg', state: 'Nordrhein-Westfalen', country: 'DE', council: 'Kommunaler Präventionsrat Duisburg', latitude: 51.4344, longitude: 6.7623 },
  { slug: 'frankfurt-am-main', name: 'Frankfurt am Main', state: 'Hessen', country: 'DE', council: 'Präventionsrat der Stadt Frankfurt am Main', latitude: 50.1109, longitude: 8.6821 },
  { slug: 'hannover', name: 'Hannover', state: 'Niedersachsen', country: 'DE', council: 'Kommunaler Präventionsrat Hannover', latitude: 52.3759, longitude: 9.732 },
  { slug: 'karlsruhe', name: 'Karlsruhe', state: 'Baden-Württemberg', country: 'DE', council: 'Kommunale Kriminalprävention Karlsruhe', latitude: 49.0069, longitude: 8.4037 },
  { slug: 'leipzig', name: 'Leipzig', state: 'Sachsen', country: 'DE', council: 'Kommunaler Präventionsrat Leipzig', latitude: 51.3397, longitude: 12.3731 },
  { slug: 'magdeburg', name: 'Magdeburg', state: 'Sachsen-Anhalt', country: 'DE', council: 'Kriminalpräventiver Beirat Magdeburg', latitude: 52.1205, longitude: 11.6276 },
  { slug: 'mannheim', name: 'Mannheim', state: 'Baden-Württemberg', country: 'DE', council: 'Sicherheit in Mannheim (SiMa)', latitude: 49.4875, longitude: 8.466 },
  { slug: 'muenster', name: 'Münster', state: 'Nordrhein-Westfalen', country: 'DE', council: 'Kommunaler Präventionsrat Münster', latitude: 51.9607, longitude: 7.6261 },
  { slug: 'nuernberg', name: 'Nürnberg', state: 'Bayern', country: 'DE', council: 'Sicherheitspakt Nürnberg', latitude: 49.4521, longitude: 11.0767 },
  { slug: 'stuttgart', name: 'Stuttgart', state: 'Baden-Württemberg', country: 'DE', council: 'Sicherheitspartnerschaft Stuttgart', latitude: 48.7758, longitude: 9.1829 },
  { slug: 'strasbourg', name: 'Strasbourg', state: 'Grand Est', country: 'FR', council: 'Conseil local de sécurité et de prévention de la délinquance', latitude: 48.5734, longitude: 7.7521 },
];

