/** The demo live sessions' texts. Persons are the fictional demo accounts of users.ts. */

export interface DemoQuestion {
  authorKey: string;
  body: string;
  /** minutes after the session's start (negative: sent in advance) */
  minute: number;
  anonymous?: boolean;
  /** 'open' unless answered or said otherwise */
  status?: 'pending' | 'open' | 'answered' | 'dismissed';
  answer?: string;
  dismissReason?: string;
  /** who upvoted it: its vote count is their number */
  voters: string[];
  /** the question being answered right now */
  highlighted?: boolean;
}

export interface DemoChat {
  authorKey: string;
  minute: number;
  body: string;
}

export interface DemoSession {
  groupKey: 'audits' | 'planning' | 'violence';
  hostKey: string;
  title: string;
  description: string;
  audience: 'group' | 'network';
  /** 'live' runs now; 'scheduled' lies ahead; 'archived' ended and became a forum thread */
  status: 'scheduled' | 'live' | 'archived';
  /** minutes from the seeding moment to the start (negative: in the past) */
  startsIn: number;
  /** for sessions ahead: the start moves to this full hour (UTC) of its day, as people schedule */
  hourUtc?: number;
  minutes: number;
  questions: DemoQuestion[];
  chat: DemoChat[];
}

const DAY_MINUTES = 24 * 60;

export const demoSessions: DemoSession[] = [
  {
    groupKey: 'audits',
    hostKey: 'sabine',
    title: 'Sprechstunde Sicherheitsaudits: Von der Begehung zum Maßnahmenplan',
    description:
      'Offene Sprechstunde der AG Sicherheitsaudits: Wie werden aus den Ergebnissen einer Begehung konkrete, finanzierbare Maßnahmen – und wer ist dafür zuständig?',
    audience: 'network',
    status: 'archived',
    startsIn: -35 * DAY_MINUTES,
    hourUtc: 8,
    minutes: 60,
    questions: [
      {
        authorKey: 'tobias',
        minute: -1 * DAY_MINUTES,
        body: 'Wie priorisiert ihr die Mängel aus einer Begehung, wenn das Budget nur für einen Bruchteil reicht?',
        answer:
          'Wir sortieren nach zwei Fragen: Wie viele Menschen sind betroffen, und lässt es sich in weniger als drei Monaten umsetzen? Was beides erfüllt, kommt zuerst – meist Beleuchtung und der Rückschnitt von Hecken.',
        voters: ['henrik', 'claire', 'member', 'frank', 'nadine'],
      },
      {
        authorKey: 'henrik',
        minute: 6,
        body: 'Wie wertet ihr offene Antworten aus Passantenbefragungen aus, ohne dass es ausufert?',
        answer:
          'Mit einer einfachen Kategorienliste (Beleuchtung, Sauberkeit, Personen und Gruppen, Verkehr, Sonstiges), nach der zwei Personen unabhängig zuordnen. Wo sie sich nicht einig sind, entscheiden wir gemeinsam.',
        voters: ['tobias', 'claire', 'lena', 'member'],
      },
      {
        authorKey: 'claire',
        minute: 14,
        body: 'Comment associez-vous les habitantes et habitants à la priorisation des mesures ?',
        answer:
          'Wir laden alle, die bei der Begehung dabei waren, zu einem einstündigen Rückmeldetermin ein und lassen sie die Maßnahmen mit Klebepunkten gewichten. Das kostet wenig und erhöht die Akzeptanz enorm.',
        voters: ['henrik', 'nadine', 'lena'],
      },
      {
        authorKey: 'member',
        minute: 25,
        body: 'Wer sollte im Rathaus den Maßnahmenplan am Ende verantworten – Ordnungsamt oder Stadtplanung?',
        voters: ['frank', 'tobias'],
      },
      {
        authorKey: 'nadine',
        minute: 31,
        body: 'Hat jemand Erfahrung mit Audits, die gezielt die Angsträume von Frauen in den Blick nehmen?',
        voters: ['lena', 'claire', 'moderator2'],
      },
      {
        authorKey: 'ole',
        minute: 40,
        body: 'Wann ist die nächste Sprechstunde?',
        status: 'dismissed',
        dismissReason: 'Die Termine stehen auf der Seite der Arbeitsgruppe und im Kalender – bitte dort nachsehen.',
        voters: [],
      },
    ],
    chat: [
      { authorKey: 'sabine', minute: 1, body: 'Herzlich willkommen! Die Prüfliste, über die wir sprechen, liegt im Bereich der Arbeitsgruppe.' },
      { authorKey: 'henrik', minute: 3, body: 'Hallo aus Hannover, wir sind zu dritt vor einem Bildschirm.' },
      { authorKey: 'claire', minute: 50, body: 'Merci, très utile ! Je partage le compte rendu avec mes collègues.' },
    ],
  },
  {
    groupKey: 'audits',
    hostKey: 'sabine',
    title: 'Sprechstunde Sicherheitsaudits: Fragen an die Praxis',
    description:
      'Sabine Krüger und die AG Sicherheitsaudits beantworten eure Fragen zu Vorbereitung, Durchführung und Auswertung von Sicherheitsaudits und Nachtbegehungen. Fragen gern vorab stellen und abstimmen.',
    audience: 'network',
    status: 'live',
    startsIn: -20,
    minutes: 60,
    questions: [
      {
        authorKey: 'henrik',
        minute: -2 * DAY_MINUTES,
        body: 'Wie viele Personen sollten bei einer Nachtbegehung mindestens dabei sein, damit die Ergebnisse belastbar sind?',
        voters: ['tobias', 'claire', 'member', 'nadine', 'ole', 'frank'],
      },
      {
        authorKey: 'nadine',
        minute: -1 * DAY_MINUTES,
        body: 'Wie erreicht ihr Frauen und ältere Menschen für die Begehungen, die abends ungern unterwegs sind?',
        voters: ['lena', 'claire', 'tobias', 'moderator2', 'ole'],
      },
      {
        authorKey: 'frank',
        minute: 3,
        body: 'Bezieht ihr die Polizei schon bei der Planung des Audits ein oder erst bei der Auswertung?',
        answer:
          'Von Anfang an: Die Kontaktbeamtin kennt die Einsatzschwerpunkte und plant die Route mit. Bei der Auswertung sind ihre Lagebilder dann schon eingeflossen.',
        voters: ['henrik', 'lena', 'member', 'ole'],
      },
      {
        authorKey: 'lena',
        minute: 6,
        anonymous: true,
        body: 'Wie geht ihr damit um, wenn die Ergebnisse eines Audits der Stadtspitze politisch nicht ins Bild passen?',
        voters: ['henrik', 'frank', 'nadine', 'ole', 'claire', 'member', 'tobias'],
        highlighted: true,
      },
      {
        authorKey: 'ole',
        minute: 8,
        body: 'Gibt es eine Vorlage für den Abschlussbericht eines Sicherheitsaudits, die sich bewährt hat?',
        voters: ['frank', 'lena', 'henrik'],
      },
      {
        authorKey: 'james',
        minute: 11,
        body: 'Do you repeat the audit once the measures are in place – and how long do you wait before doing so?',
        voters: ['claire', 'henrik'],
      },
      {
        authorKey: 'member',
        minute: 14,
        body: 'Mit welcher App erfasst ihr Mängel direkt bei der Begehung – oder reicht Papier?',
        voters: ['frank'],
      },
      {
        authorKey: 'tobias',
        minute: 17,
        status: 'pending',
        body: 'Dürfen wir die Ergebnisse der Kurzbefragungen aus dem Audit auch für die Jugendhilfeplanung verwenden?',
        voters: [],
      },
    ],
    chat: [
      { authorKey: 'sabine', minute: 0, body: 'Willkommen zur Sprechstunde! Stellt eure Fragen gern im Fragenbereich, wir gehen sie nach Stimmen durch.' },
      { authorKey: 'henrik', minute: 2, body: 'Hallo aus Hannover!' },
      { authorKey: 'claire', minute: 4, body: 'Bonjour de Strasbourg ! Je suis là, les questions en allemand, ça me va.' },
      { authorKey: 'frank', minute: 9, body: 'Die Prüfliste für Nachtbegehungen liegt im Bereich der Arbeitsgruppe, falls jemand sucht.' },
      { authorKey: 'nadine', minute: 13, body: 'Danke für die Antwort zur Polizei – genau so machen wir es auch.' },
      { authorKey: 'ole', minute: 18, body: 'Bei mir war der Ton kurz weg, jetzt ist er wieder da.' },
    ],
  },
  {
    groupKey: 'planning',
    hostKey: 'tobias',
    title: 'Arbeitstreffen: Leitfaden Beleuchtung in Parkanlagen',
    description:
      'Wir stimmen den Entwurf des Leitfadens ab (Grundhelligkeit, Sensorik, Beteiligung des Grünflächenamts) und verteilen die Kapitel für die Endfassung.',
    audience: 'group',
    status: 'scheduled',
    startsIn: 7 * DAY_MINUTES,
    hourUtc: 8,
    minutes: 90,
    questions: [
      {
        authorKey: 'lena',
        minute: -5 * DAY_MINUTES,
        body: 'Sollen wir im Leitfaden eine Mindest-Grundhelligkeit für gedimmte Wege empfehlen oder nur eine Spanne nennen?',
        voters: ['frank', 'member'],
      },
      {
        authorKey: 'frank',
        minute: -4 * DAY_MINUTES,
        body: 'Können wir die Erfahrungen aus dem Sensorversuch am Verbindungsweg als Fallbeispiel aufnehmen?',
        voters: ['lena'],
      },
    ],
    chat: [],
  },
  {
    groupKey: 'violence',
    hostKey: 'lena',
    title: 'Hochrisikomanagement: Fallkonferenzen in der Praxis',
    description:
      'Wie organisieren Kommunen Fallkonferenzen bei hohem Gefährdungsrisiko – Beteiligte, Datenschutz, Geschwindigkeit? Offen für alle Mitglieder des Netzwerks.',
    audience: 'network',
    status: 'scheduled',
    startsIn: 21 * DAY_MINUTES,
    hourUtc: 14,
    minutes: 60,
    questions: [],
    chat: [],
  },
];
