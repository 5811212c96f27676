import type { CurationMessages } from './de.ts';

export const curationEn: CurationMessages = {
  'nav.practice': 'Practice examples',
  'practice.badge': 'Practice example',
  'practice.title': 'Practice examples',
  'practice.lead': 'Topics and documents the moderators chose as particularly successful practice from the member cities – each with a short reason.',
  'practice.empty': 'No practice examples yet.',
  'practice.thread': 'Topic',
  'practice.document': 'Document',
  'practice.summary': 'Why is it a practice example?',
  'practice.summaryHint': 'A sentence or two – shown with the example and in the overview.',
  'practice.mark': 'Mark as practice example',
  'practice.remove': 'No longer list as practice example',
  'practice.marked': 'Marked as a practice example.',
  'practice.removed': 'No longer listed as a practice example.',
};
