import type { CurationMessages } from './de.ts';

export const curationFr: CurationMessages = {
  'nav.practice': 'Bonnes pratiques',
  'practice.badge': 'Bonne pratique',
  'practice.title': 'Bonnes pratiques',
  'practice.lead': 'Des sujets et documents que la modération a retenus comme pratiques particulièrement réussies des villes membres – chacun avec une courte justification.',
  'practice.empty': 'Pas encore de bonnes pratiques.',
  'practice.thread': 'Sujet',
  'practice.document': 'Document',
  'practice.summary': 'Pourquoi une bonne pratique ?',
  'practice.summaryHint': 'Une ou deux phrases – affichées avec l’exemple et dans l’aperçu.',
  'practice.mark': 'Marquer comme bonne pratique',
  'practice.remove': 'Ne plus présenter comme bonne pratique',
  'practice.marked': 'Marqué comme bonne pratique.',
  'practice.removed': 'N’est plus présenté comme bonne pratique.',
};
