import type { Locale } from '@praxisnetz/shared';

/** The words inside the server-rendered maps and charts, per language. */
export const mapTexts: Record<Locale, Record<'tooFew' | 'noData' | 'demo' | 'deviation' | 'city' | 'points' | 'percent', string>> = {
  de: {
    tooFew: 'zu wenige Antworten',
    noData: 'keine Angabe',
    demo: 'Fiktive Demodaten',
    deviation: 'Abweichung vom Stadtwert in Prozentpunkten',
    city: 'Gesamtstadt',
    points: '{value} Pp.',
    percent: '{value} %',
  },
  en: {
    tooFew: 'too few answers',
    noData: 'no data',
    demo: 'Fictitious demo data',
    deviation: 'Difference from the city value in percentage points',
    city: 'Whole city',
    points: '{value} pp',
    percent: '{value}%',
  },
  fr: {
    tooFew: 'trop peu de réponses',
    noData: 'aucune donnée',
    demo: 'Données de démonstration fictives',
    deviation: 'Écart à la valeur de la ville en points de pourcentage',
    city: 'Ensemble de la ville',
    points: '{value} pts',
    percent: '{value} %',
  },
};
