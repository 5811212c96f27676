/** Collections the demo moderator keeps: reading paths through the demo threads and documents (named by title). */
export interface DemoCollection {
  title: string;
  topicSlug: string;
  intro: string;
  entries: { thread?: string; document?: string; note?: string }[];
}

export const demoCollections: DemoCollection[] = [
  {
    title: 'Sicherheitsaudits: Einstieg',
    topicSlug: 'sicherheitsanalysen-befragungen',
    intro:
      'Für Städte, die ihr erstes **Sicherheitsaudit** planen: erst ein fertiger Bericht als Beispiel, dann der Fragebogen, dann die Diskussion über Stichprobe, Rücklauf und Kosten.\n\nWer danach Fragen hat, stellt sie am besten direkt im Forum „Sicherheitsanalysen und Befragungen“.',
    entries: [
      { document: 'Sicherheitsaudit Nordstadt 2024 – Ergebnisbericht', note: 'Ein vollständiger Bericht: Aufbau, Karten und Empfehlungen.' },
      { document: 'Fragebogen Bürgerbefragung „Sicherheit und Zusammenleben“ 2025 (2. Welle)', note: 'Nah am DEFUS-Monitor, mit eigenen Fragen zum Stadtteil.' },
      { thread: 'Dunkelfeldbefragung zum Sicherheitsgefühl – Stichprobe, Rücklauf, Kosten?', note: 'Erfahrungen aus mehreren Städten zu Stichprobe und Rücklauf.' },
      { document: 'Bürgerbefragung 2025 – Ergebnisse nach Stadtbezirken (Tabelle)' },
      { thread: 'Angstraum Fußgängerunterführung – was hat bei euch wirklich geholfen?', note: 'Was Städte aus den Ergebnissen gemacht haben.' },
    ],
  },
  {
    title: 'Einbruchschutz: Materialien für die Beratung',
    topicSlug: 'wohnungseinbruch',
    intro: 'Was Präventionsstellen für die Einbruchschutzberatung gesammelt haben – besonders für Mieterhaushalte, die klassische Beratungsangebote selten erreichen.',
    entries: [
      { document: 'Leitfaden Einbruchschutzberatung für Mieterhaushalte', note: 'Zum Weitergeben an Wohnungsgesellschaften.' },
      { thread: 'Einbruchschutzberatung: Wie erreichen wir Mieterhaushalte?' },
      { thread: 'Tag des Einbruchschutzes: Ideen jenseits des Infostands?' },
    ],
  },
];
