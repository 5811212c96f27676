/** Practice examples (German, the source of truth). */
export const curationDe = {
  'nav.practice': 'Praxisbeispiele',
  'practice.badge': 'Praxisbeispiel',
  'practice.title': 'Praxisbeispiele',
  'practice.lead': 'Themen und Dokumente, die die Moderation als besonders gelungene Praxis aus den Mitgliedsstädten ausgewählt hat – jeweils mit einer kurzen Begründung.',
  'practice.empty': 'Noch keine Praxisbeispiele.',
  'practice.thread': 'Thema',
  'practice.document': 'Dokument',
  'practice.summary': 'Warum ein Praxisbeispiel?',
  'practice.summaryHint': 'Ein, zwei Sätze – sie stehen beim Beispiel und in der Übersicht.',
  'practice.mark': 'Als Praxisbeispiel markieren',
  'practice.remove': 'Nicht mehr als Praxisbeispiel führen',
  'practice.marked': 'Als Praxisbeispiel markiert.',
  'practice.removed': 'Nicht mehr als Praxisbeispiel geführt.',
} as const;
export type CurationMessages = Record<keyof typeof curationDe, string>;
