import { demoCategories } from './categories.ts';

/**
 * The demo's topic vocabulary: the forum's subject categories (as a network that began with
 * categories as topics has them after migration 0010), and the general topic of the field.
 */
export const demoTopics = [
  ...demoCategories.map(({ slug, name }) => ({ slug, name })),
  {
    slug: 'kommunale-kriminalpraevention',
    name: { de: 'Kommunale Kriminalprävention allgemein', en: 'Local crime prevention in general', fr: 'Prévention locale de la délinquance en général' },
  },
];
