import type { Locale, Role } from '@praxisnetz/shared';

/**
 * Demo content for Praxisnetz: member cities, forum categories, one account per role and
 * practitioner threads. All persons are fictional; cities, states, programmes and websites are real.
 * Figures in posts are presented as local experience of the fictional authors, not as study results.
 */

export interface DemoCity {
  slug: string;
  name: string;
  state: string;
  /** ISO 3166-1 alpha-2 */
  country: string;
}

export interface DemoCategory {
  slug: string;
  name: { de: string; en: string; fr: string };
  description: { de: string; en: string; fr: string };
}

export interface DemoUser {
  key: string;
  email: string;
  displayName: string;
  citySlug: string;
  role: Role;
  status: 'active' | 'pending';
  bio: string;
  locale: Locale;
}

export interface DemoReply {
  authorKey: string;
  hoursAfter: number;
  body: string;
}

export interface DemoThread {
  categorySlug: string;
  authorKey: string;
  daysAgo: number;
  title: string;
  body: string;
  replies: DemoReply[];
}

export const DEMO_PASSWORD = 'praxisnetz-demo';

export const demoCities: DemoCity[] = [
  { slug: 'augsburg', name: 'Augsburg', state: 'Bayern', country: 'DE' },
  { slug: 'bremen', name: 'Bremen', state: 'Bremen', country: 'DE' },
  { slug: 'duesseldorf', name: 'Düsseldorf', state: 'Nordrhein-Westfalen', country: 'DE' },
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

export const demoCategories: DemoCategory[] = [
  {
    slug: 'praeventionsgremien',
    name: { de: 'Kommunale Präventionsgremien', en: 'Local prevention councils', fr: 'Conseils locaux de prévention' },
    description: {
      de: 'Aufbau, Arbeitsweise und Geschäftsstellen Kriminalpräventiver Räte und vergleichbarer kommunaler Gremien.',
      en: 'Setting up and running local crime prevention councils and their coordination offices.',
      fr: 'Organisation et fonctionnement des conseils locaux de prévention de la délinquance et de leurs secrétariats.',
    },
  },
  {
    slug: 'sicherheitsanalysen-befragungen',
    name: { de: 'Sicherheitsanalysen & Befragungen', en: 'Safety audits & surveys', fr: 'Diagnostics locaux de sécurité & enquêtes' },
    description: {
      de: 'Lagebilder, Sicherheitsaudits, Bürgerbefragungen und Dunkelfeldstudien als Grundlage kommunaler Prävention.',
      en: 'Local safety audits, victimisation surveys and other diagnostics as a basis for prevention work.',
      fr: 'Diagnostics de sécurité, enquêtes de victimation et autres analyses au service de la prévention locale.',
    },
  },
  {
    slug: 'staedtebauliche-kriminalpraevention',
    name: {
      de: 'Städtebauliche Kriminalprävention',
      en: 'Crime prevention through urban design',
      fr: 'Prévention situationnelle & urbanisme',
    },
    description: {
      de: 'Sicherheit in Planung und Gestaltung: CPTED, Angsträume, Beleuchtung, Wegeführung und Beteiligung.',
      en: 'Safety in planning and design: CPTED, places perceived as unsafe, lighting, routing and participation.',
      fr: 'La sécurité dans la conception urbaine : prévention situationnelle, lieux anxiogènes, éclairage et participation.',
    },
  },
  {
    slug: 'oeffentlicher-raum-ordnung',
    name: { de: 'Öffentlicher Raum & Ordnung', en: 'Public space & public order', fr: 'Espace public & tranquillité publique' },
    description: {
      de: 'Nutzungskonflikte, Ordnungsdienste, Verbotszonen und Aufenthaltsqualität auf Plätzen, in Parks und Straßen.',
      en: 'Conflicts of use, municipal order services, restricted zones and the quality of squares, parks and streets.',
      fr: 'Conflits d’usage, polices municipales, zones d’interdiction et qualité de vie sur les places, dans les parcs et les rues.',
    },
  },
  {
    slug: 'bahnhofsviertel',
    name: { de: 'Bahnhofsviertel', en: 'Station districts', fr: 'Quartiers de gare' },
    description: {
      de: 'Sicherheit, Sozialarbeit und Aufenthaltsqualität rund um Bahnhöfe und Verkehrsknoten.',
      en: 'Safety, social work and liveability around railway stations and transport hubs.',
      fr: 'Sécurité, travail social et qualité de vie autour des gares et des pôles d’échanges.',
    },
  },
  {
    slug: 'wohnungseinbruch',
    name: { de: 'Wohnungseinbruch', en: 'Domestic burglary', fr: 'Cambriolages' },
    description: {
      de: 'Einbruchschutzberatung, Nachbarschaftsprojekte und Kampagnen gegen Wohnungseinbruch.',
      en: 'Burglary prevention advice, neighbourhood projects and awareness campaigns.',
      fr: 'Conseils de protection contre les cambriolages, projets de voisinage et campagnes de sensibilisation.',
    },
  },
  {
    slug: 'gewalt-gegen-frauen',
    name: { de: 'Gewalt gegen Frauen', en: 'Gender-based violence', fr: 'Violences faites aux femmes' },
    description: {
      de: 'Prävention geschlechtsspezifischer Gewalt, sichere Mobilität, Beratungsangebote und die Umsetzung der Istanbul-Konvention vor Ort.',
      en: 'Preventing gender-based violence, safe mobility, support services and local implementation of the Istanbul Convention.',
      fr: 'Prévention des violences fondées sur le genre, mobilité sûre, accompagnement et mise en œuvre locale de la Convention d’Istanbul.',
    },
  },
  {
    slug: 'jugenddelinquenz',
    name: { de: 'Jugenddelinquenz', en: 'Juvenile delinquency', fr: 'Délinquance juvénile' },
    description: {
      de: 'Prävention mit und für junge Menschen: Streetwork, Präventionsketten, Beteiligung und Jugendhilfe.',
      en: 'Prevention with and for young people: street work, prevention chains, participation and youth services.',
      fr: 'Prévention avec et pour les jeunes : travail de rue, parcours de prévention, participation et protection de l’enfance.',
    },
  },
  {
    slug: 'drogen-schadensminderung',
    name: { de: 'Drogen & Schadensminderung', en: 'Drugs & harm reduction', fr: 'Drogues & réduction des risques' },
    description: {
      de: 'Suchthilfe, Drogenkonsumräume, Drug-Checking und der Umgang mit offenen Szenen im Stadtraum.',
      en: 'Addiction services, drug consumption rooms, drug checking and dealing with open drug scenes.',
      fr: 'Addictologie, salles de consommation, analyse de produits et gestion des scènes ouvertes.',
    },
  },
  {
    slug: 'nachtleben-veranstaltungen',
    name: { de: 'Nachtleben & Veranstaltungen', en: 'Nightlife & events', fr: 'Vie nocturne & événements' },
    description: {
      de: 'Nachtökonomie, Awareness-Konzepte, Stadtfeste und Großveranstaltungen.',
      en: 'Night-time economy, awareness concepts, city festivals and large events.',
      fr: 'Économie de la nuit, dispositifs de prévention des violences, fêtes et grands événements.',
    },
  },
  {
    slug: 'radikalisierung-polarisierung',
    name: { de: 'Radikalisierung & Polarisierung', en: 'Radicalisation & polarisation', fr: 'Radicalisation & polarisation' },
    description: {
      de: 'Extremismusprävention, gesellschaftliche Konflikte vor Ort und der Schutz kommunaler Beschäftigter vor Anfeindungen.',
      en: 'Preventing extremism, handling local social conflicts and protecting municipal staff from hostility.',
      fr: 'Prévention de l’extrémisme, conflits sociaux locaux et protection des agents municipaux face aux hostilités.',
    },
  },
  {
    slug: 'seniorensicherheit-betrug',
    name: { de: 'Seniorensicherheit & Betrug', en: 'Older people & fraud', fr: 'Sécurité des seniors & escroqueries' },
    description: {
      de: 'Schutz älterer Menschen vor Trickbetrug, Schockanrufen und Betrug an der Haustür.',
      en: 'Protecting older people from scams, fraudulent phone calls and doorstep crime.',
      fr: 'Protection des personnes âgées contre les escroqueries, les faux appels et les vols par ruse.',
    },
  },
  {
    slug: 'digitale-kriminalitaet',
    name: {
      de: 'Digitale Kriminalität & Cybermobbing',
      en: 'Cybercrime & cyberbullying',
      fr: 'Cybercriminalité & cyberharcèlement',
    },
    description: {
      de: 'Prävention von Cybermobbing, Onlinebetrug und digitaler Gewalt in Schule und Alltag.',
      en: 'Preventing cyberbullying, online fraud and digital violence at school and in everyday life.',
      fr: 'Prévention du cyberharcèlement, des escroqueries en ligne et des violences numériques.',
    },
  },
  {
    slug: 'evaluation-wirkungsmessung',
    name: { de: 'Evaluation & Wirkungsmessung', en: 'Evaluation & impact measurement', fr: 'Évaluation & mesure d’impact' },
    description: {
      de: 'Qualitätssicherung, Beccaria-Standards, Indikatoren und Evaluation kommunaler Präventionsprojekte.',
      en: 'Quality assurance, the Beccaria standards, indicators and evaluation of local prevention projects.',
      fr: 'Démarche qualité, standards Beccaria, indicateurs et évaluation des projets locaux de prévention.',
    },
  },
];

/** The first entry is the admin account; the seed uses it to detect an already loaded demo. */
export const demoUsers: DemoUser[] = [
  {
    key: 'admin',
    email: 'admin@demo.praxisnetz.example',
    displayName: 'Dr. Katrin Vogel',
    citySlug: 'hannover',
    role: 'admin',
    status: 'active',
    bio: 'Leiterin der Geschäftsstelle des Praxisnetzes in Hannover. Soziologin, seit vielen Jahren in der kommunalen Kriminalprävention und im europäischen Austausch mit Efus unterwegs.',
    locale: 'de',
  },
  {
    key: 'moderator',
    email: 'moderator@demo.praxisnetz.example',
    displayName: 'Jens Albrecht',
    citySlug: 'leipzig',
    role: 'moderator',
    status: 'active',
    bio: 'Referent für kommunale Kriminalprävention im Ordnungsdezernat der Stadt Leipzig. Moderiert die Bereiche Städtebau, Radikalisierung und Präventionsgremien.',
    locale: 'de',
  },
  {
    key: 'moderator2',
    email: 'moderator2@demo.praxisnetz.example',
    displayName: 'Aylin Demir',
    citySlug: 'mannheim',
    role: 'moderator',
    status: 'active',
    bio: 'Sozialwissenschaftlerin in der Kommunalen Kriminalprävention Mannheim, zuständig für Sicherheitsbefragungen und Nachtleben. Moderiert die Bereiche Sicherheitsanalysen, Evaluation und Nachtleben.',
    locale: 'de',
  },
  {
    key: 'member',
    email: 'member@demo.praxisnetz.example',
    displayName: 'Markus Seidel',
    citySlug: 'augsburg',
    role: 'member',
    status: 'active',
    bio: 'Sachgebietsleiter im Ordnungsamt Augsburg, verantwortlich für den Kommunalen Ordnungsdienst. Interessiert an allem, was zwischen Ordnungsrecht und Sozialarbeit liegt.',
    locale: 'de',
  },
  {
    key: 'sabine',
    email: 'sabine.krueger@demo.praxisnetz.example',
    displayName: 'Sabine Krüger',
    citySlug: 'duesseldorf',
    role: 'member',
    status: 'active',
    bio: 'Geschäftsführerin des Kriminalpräventiven Rats in Düsseldorf. Schwerpunkte: Gremienarbeit, Wohnungseinbruch und Prävention im Jugendalter.',
    locale: 'de',
  },
  {
    key: 'tobias',
    email: 'tobias.reinhardt@demo.praxisnetz.example',
    displayName: 'Tobias Reinhardt',
    citySlug: 'nuernberg',
    role: 'member',
    status: 'active',
    bio: 'Streetworker in der Mobilen Jugendarbeit Nürnberg, seit zwölf Jahren auf Plätzen, in Parks und an Haltestellen unterwegs.',
    locale: 'de',
  },
  {
    key: 'lena',
    email: 'lena.hartmann@demo.praxisnetz.example',
    displayName: 'Lena Hartmann',
    citySlug: 'karlsruhe',
    role: 'member',
    status: 'active',
    bio: 'Stadtplanerin im Stadtplanungsamt Karlsruhe mit Schwerpunkt öffentlicher Raum und städtebauliche Kriminalprävention. Organisiert Sicherheitsbegehungen in Sanierungsgebieten.',
    locale: 'de',
  },
  {
    key: 'frank',
    email: 'frank.wiegand@demo.praxisnetz.example',
    displayName: 'Frank Wiegand',
    citySlug: 'magdeburg',
    role: 'member',
    status: 'active',
    bio: 'Polizeilicher Verbindungsbeamter zwischen Polizeiinspektion und Stadtverwaltung Magdeburg. Vorher viele Jahre in der polizeilichen Kriminalprävention und Einbruchschutzberatung.',
    locale: 'de',
  },
  {
    key: 'nadine',
    email: 'nadine.schulte@demo.praxisnetz.example',
    displayName: 'Nadine Schulte',
    citySlug: 'bremen',
    role: 'member',
    status: 'active',
    bio: 'Koordinatorin für die Umsetzung der Istanbul-Konvention in der Bremer Verwaltung. Vorher Beraterin in einer Fachberatungsstelle gegen sexualisierte Gewalt.',
    locale: 'de',
  },
  {
    key: 'ole',
    email: 'ole.jansen@demo.praxisnetz.example',
    displayName: 'Ole Jansen',
    citySlug: 'muenster',
    role: 'member',
    status: 'active',
    bio: 'Suchthilfekoordinator der Stadt Münster, Schnittstelle zwischen Drogenhilfe, Ordnungsamt, Gesundheitsamt und Polizei.',
    locale: 'de',
  },
  {
    key: 'henrik',
    email: 'henrik.maier@demo.praxisnetz.example',
    displayName: 'Henrik Maier',
    citySlug: 'stuttgart',
    role: 'member',
    status: 'active',
    bio: 'Referent in der Geschäftsstelle der Kommunalen Kriminalprävention Stuttgart. Schwerpunkte: Seniorensicherheit, Einbruchschutz und Evaluation.',
    locale: 'de',
  },
  {
    key: 'james',
    email: 'james.whitfield@demo.praxisnetz.example',
    displayName: 'James Whitfield',
    citySlug: 'frankfurt-am-main',
    role: 'member',
    status: 'active',
    bio: 'Project coordinator for EU-funded prevention projects at the City of Frankfurt and liaison to the European Forum for Urban Security (Efus). Reads German happily, writes faster in English.',
    locale: 'en',
  },
  {
    key: 'claire',
    email: 'claire.lefevre@demo.praxisnetz.example',
    displayName: 'Claire Lefèvre',
    citySlug: 'strasbourg',
    role: 'member',
    status: 'active',
    bio: 'Chargée de mission prévention de la délinquance à la Ville de Strasbourg et coordinatrice du CLSPD. Référente pour les échanges franco-allemands au sein d’Efus.',
    locale: 'fr',
  },
  {
    key: 'pending1',
    email: 'kerstin.rau@demo.praxisnetz.example',
    displayName: 'Kerstin Rau',
    citySlug: 'muenster',
    role: 'member',
    status: 'pending',
    bio: 'Seit Kurzem Präventionsbeauftragte im Amt für Kinder, Jugendliche und Familien. Baut gerade eine Präventionskette für zwei Stadtteile auf.',
    locale: 'de',
  },
  {
    key: 'pending2',
    email: 'daniel.yildiz@demo.praxisnetz.example',
    displayName: 'Daniel Yıldız',
    citySlug: 'bremen',
    role: 'member',
    status: 'pending',
    bio: 'Sozialarbeiter im Quartiersmanagement, zuständig für Nachbarschaftskonflikte und Beteiligung im öffentlichen Raum.',
    locale: 'de',
  },
];

export const demoThreads: DemoThread[] = [
  // ── Sicherheitsanalysen & Befragungen ──────────────────────────────────────
  {
    categorySlug: 'sicherheitsanalysen-befragungen',
    authorKey: 'member',
    daysAgo: 3.5,
    title: 'Dunkelfeldbefragung zum Sicherheitsgefühl – Stichprobe, Rücklauf, Kosten?',
    body: `Hallo zusammen,

unser Stadtrat hat beschlossen, dass wir im nächsten Jahr eine **Bürgerbefragung zum Sicherheitsgefühl und zu Opfererfahrungen** durchführen. Bislang haben wir nur die Polizeiliche Kriminalstatistik und die Beschwerdelage beim Ordnungsamt – das Dunkelfeld kennen wir überhaupt nicht.

Meine Fragen an alle, die das schon gemacht haben:

- Welche **Stichprobengröße** habt ihr gezogen und wie (Melderegister, geschichtet nach Stadtbezirken)?
- Welchen **Rücklauf** hattet ihr – schriftlich, online oder beides?
- Habt ihr selbst ausgewertet oder eine Hochschule bzw. ein Institut beauftragt?
- Was würdet ihr beim nächsten Mal anders machen?

Über Fragebögen zum Anschauen würde ich mich sehr freuen. Danke vorab!`,
    replies: [
      {
        authorKey: 'moderator2',
        hoursAfter: 4,
        body: `Hallo Markus, wir haben in Mannheim inzwischen zwei Wellen hinter uns. Kurz unsere Eckdaten:

| | 1. Welle | 2. Welle |
|---|---|---|
| Bruttostichprobe | 8.000 | 10.000 |
| Modus | nur schriftlich | schriftlich + Online-Zugangscode |
| Rücklauf | 27 % | 31 % |
| Feldzeit | 6 Wochen | 5 Wochen + 1 Erinnerung |

Gezogen haben wir aus dem Melderegister, geschichtet nach Stadtbezirken, ab 16 Jahren. Wichtig: **kleine Stadtteile überproportional ziehen**, sonst habt ihr dort am Ende 40 Fälle und könnt nichts aussagen. Das Erinnerungsschreiben hat uns allein rund vier Prozentpunkte gebracht.

Ausgewertet hat eine Hochschule in Kooperation, den Fragebogen haben wir aber selbst verantwortet. Ich schicke dir unseren Bogen gern per Mail.`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 9,
        body: `Bei uns in Stuttgart lag der Rücklauf bei der letzten Befragung bei knapp 29 %; online allein wären es deutlich weniger gewesen – gerade Ältere antworten lieber auf Papier. Zwei Hinweise aus unserer Erfahrung:

1. **Kernfragen stabil halten.** Formuliert die Standardfrage zum Sicherheitsgefühl („Wie sicher fühlen Sie sich, wenn Sie nachts allein in Ihrer Wohngegend unterwegs sind?“) genau so wie in anderen Befragungen, dann habt ihr Vergleichswerte.
2. **Mehrsprachigkeit mitdenken.** Wir hatten den Bogen zusätzlich auf Türkisch, Russisch und Englisch online – das hat die Beteiligung in einigen Quartieren sichtbar verbessert.

Planen würde ich mit rund neun Monaten vom Beschluss bis zum fertigen Bericht.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 26,
        body: `Aus Polizeisicht noch ein Punkt: Bindet die Polizei **früh** ein, aber lasst die Befragung klar unter städtischer Absenderschaft laufen. Bei Fragen zu Opfererfahrungen sind die Leute gegenüber der Stadt oft offener als gegenüber uns.

Und rechnet damit, dass die Ergebnisse mit der PKS „nicht zusammenpassen“ – das ist ja gerade der Sinn einer Dunkelfeldbefragung. Das sollte man dem Stadtrat vorher erklären, sonst gibt es bei der Vorstellung unnötige Diskussionen über angeblich falsche Zahlen.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 30,
        body: `Ergänzend: Der Efus-Leitfaden zu lokalen Sicherheitsaudits hat ein gutes Kapitel dazu, wie man Befragungsdaten mit PKS, Beschwerden und Begehungen zu einem Lagebild zusammenführt – zu finden über [efus.eu](https://efus.eu). Hinweise zu kommunalen Befragungen gibt es auch beim [Deutschen Forum für Kriminalprävention](https://www.kriminalpraevention.de).

Wenn Interesse besteht, bieten wir im Frühjahr eine **Online-Sprechstunde** der Geschäftsstelle zu Sicherheitsbefragungen an – gern mit Aylin und Henrik als Praxisstimmen.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 52,
        body: `Vielen Dank, das hilft enorm! Die Tabelle nehme ich direkt in die Vorlage für den Ausschuss, und den Hinweis zur PKS baue ich in die Einleitung ein, damit niemand überrascht ist.

Aylin, ich melde mich wegen des Fragebogens per Mail. Die Online-Sprechstunde fände ich super – ich wäre auf jeden Fall dabei und bringe gern noch eine Kollegin aus der Statistikstelle mit.`,
      },
    ],
  },
  // ── Wohnungseinbruch ───────────────────────────────────────────────────────
  {
    categorySlug: 'wohnungseinbruch',
    authorKey: 'sabine',
    daysAgo: 12.2,
    title: 'Einbruchschutzberatung: Wie erreichen wir Mieterhaushalte?',
    body: `Liebe Kolleginnen und Kollegen,

die kostenlose **Einbruchschutzberatung der Polizei** wird bei uns fast ausschließlich von Eigentümerinnen und Eigentümern in Einfamilienhäusern genutzt. In den Quartieren mit Geschosswohnungsbau, wo wir laut Lagebild deutlich mehr Wohnungseinbrüche haben, kommt die Beratung kaum an.

Unsere Vermutung: Mieterinnen und Mieter denken, sie dürfen ohnehin nichts verändern, und die Vermieter sehen keinen Anlass.

Hat jemand gute Erfahrungen mit

- Kooperationen mit Wohnungsbaugesellschaften,
- Beratung direkt im Treppenhaus oder im Quartierstreff,
- kleinen Förderprogrammen für Zusatzschlösser o. Ä.?

Wir möchten das Thema im Herbst im Kriminalpräventiven Rat aufgreifen.`,
    replies: [
      {
        authorKey: 'frank',
        hoursAfter: 3,
        body: `Das Muster kennen wir genau. Was bei uns funktioniert hat: **Beratungstage direkt in der Wohnanlage**, angekündigt per Aushang der Wohnungsgesellschaft. Die Kolleginnen der Beratungsstelle sind mit einer Demotür vor Ort – man sieht den Unterschied zwischen Standardtür und geprüfter Nachrüstung sofort. An einem Samstag hatten wir so 35 Gespräche, mehr als sonst in einem Monat.

Wichtig ist der Hinweis, dass vieles **ohne Eingriff in die Bausubstanz** geht (Zusatzschloss mit Sperrbügel, abschließbare Fenstergriffe) und man mit der Vermieterin sprechen kann. Material dazu gibt es bei [K-Einbruch](https://www.k-einbruch.de).`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 20,
        body: `Wir haben mit zwei großen Wohnungsunternehmen eine Vereinbarung: Bei Modernisierungen werden Wohnungseingangstüren gleich in einbruchhemmender Ausführung (**RC 2**) eingebaut. Am Ende war das ein Kostenargument – die Mehrkosten pro Tür waren im Rahmen der Gesamtmaßnahme überschaubar.

Ansprechpartner war bei uns übrigens nicht die Geschäftsführung, sondern das **technische Bestandsmanagement**. Es lohnt sich, dort direkt anzufragen.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 50,
        body: `Danke euch beiden – zwei sehr konkrete Ansätze, die sich gut kombinieren lassen: kurzfristig Beratungstage vor Ort, langfristig die Vereinbarung zu Modernisierungen.

Frank, darf ich dich für die Sitzung im Herbst als Impulsgeber anfragen? Einen Beratungstag in einer Wohnanlage würde ich gern als Pilot vorschlagen, idealerweise gemeinsam mit unserer städtischen Wohnungsgesellschaft.`,
      },
    ],
  },
  {
    categorySlug: 'wohnungseinbruch',
    authorKey: 'frank',
    daysAgo: 0.7,
    title: 'Tag des Einbruchschutzes: Ideen jenseits des Infostands?',
    body: `Zur Zeitumstellung steht wieder der **Tag des Einbruchschutzes** an. Bisher machen wir klassisch einen Infostand in der Innenstadt – ehrlich gesagt mit überschaubarer Resonanz. Die meisten Leute nehmen einen Flyer mit und gehen weiter.

Was habt ihr ausprobiert, das besser lief? Ich denke an

- Aktionen im Baumarkt,
- „Einbruchschutz-Spaziergänge“ durch ein Wohngebiet,
- Kooperation mit der Volkshochschule.

Freue mich über alles, was funktioniert hat – und auch über Flops.`,
    replies: [
      {
        authorKey: 'member',
        hoursAfter: 6,
        body: `Wir hatten letztes Jahr gemeinsam mit der Polizei einen **Abendrundgang im Wohngebiet** – bewusst nach Einbruch der Dunkelheit. Die Beraterin hat an echten Häusern gezeigt, wo Einstiegsmöglichkeiten sind (Mülltonne unter dem Fenster, Kellerschacht ohne gesicherten Gitterrost, dunkle Terrassentür).

22 Teilnehmende, aber sehr intensive Gespräche und danach mehrere Beratungstermine. Der Baumarkt-Stand lief dagegen schlecht: Die Leute wollen dort einkaufen, nicht beraten werden.`,
      },
    ],
  },

  // ── Städtebauliche Kriminalprävention ──────────────────────────────────────
  {
    categorySlug: 'staedtebauliche-kriminalpraevention',
    authorKey: 'lena',
    daysAgo: 6.1,
    title: 'Angstraum Fußgängerunterführung – was hat bei euch wirklich geholfen?',
    body: `Hallo in die Runde,

wir haben eine rund 40 m lange Fußgängerunterführung am Rand eines Sanierungsgebiets, die in unserer Sicherheitsbegehung eindeutig als **Angstraum** benannt wurde – vor allem von Frauen und älteren Menschen. Objektiv passiert dort wenig, aber viele nehmen lieber einen Umweg über eine stark befahrene Straße in Kauf.

Ein Rückbau ist wegen der Verkehrsführung mittelfristig nicht möglich. Wir überlegen:

- hellere, blendfreie LED-Beleuchtung,
- helle Wand- und Deckenflächen bzw. künstlerische Gestaltung,
- Spiegel an den Zugängen,
- Videoüberwachung (politisch umstritten).

Welche Maßnahmen haben bei euch das **Sicherheitsgefühl messbar** verbessert? Und wie habt ihr das gemessen?`,
    replies: [
      {
        authorKey: 'moderator',
        hoursAfter: 5,
        body: `Wir haben vor zwei Jahren eine ähnliche Unterführung umgestaltet. Unsere Kosten und Erfahrungen grob:

| Maßnahme | Kosten (ca.) | Effekt laut Nachbefragung |
|---|---|---|
| LED-Beleuchtung, gleichmäßig, deutlich heller | 48.000 € | klar positiv |
| Wandgestaltung mit Jugendlichen aus dem Stadtteil | 15.000 € | positiv, seitdem kaum Schmierereien |
| Spiegel an beiden Zugängen | 3.500 € | kaum wahrgenommen |
| Reinigungsintervall verdoppelt | laufend | wichtig, oft unterschätzt |

Gemessen haben wir mit einer kurzen Passantenbefragung vorher und ein halbes Jahr nachher (jeweils rund 150 Interviews). Der Anteil derjenigen, die sich dort abends „eher unsicher“ fühlen, ist von 61 % auf 38 % gesunken. Nicht repräsentativ, aber für den Ausschuss überzeugend.`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 11,
        body: `Bitte unbedingt **Frauen selbst einbeziehen**, nicht nur über sie reden. Wir machen in Bremen Begehungen mit Frauengruppen aus dem Stadtteil, auch abends.

Da kommen Punkte auf, die in keiner Checkliste stehen: Gibt es eine Sichtachse zum nächsten belebten Ort? Sieht man am Ausgang schon, wer dort wartet? Ist erkennbar, wo man im Notfall Hilfe bekommt? Gerade der letzte Punkt lässt sich oft mit wenig Geld verbessern.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 22,
        body: `Zur Videoüberwachung aus Sicht eines Ordnungsamts: Rechtlich ist das für eine Kommune an so einem Ort meist schwer zu begründen, wenn die Kriminalitätsbelastung gering ist – und genau das ist bei klassischen Angsträumen ja oft der Fall.

Wir haben das Geld stattdessen in ein **Pflegekonzept** gesteckt: Reinigung nach festem Plan, defekte Leuchten werden innerhalb von 48 Stunden getauscht, Graffiti innerhalb einer Woche entfernt. Das war auch politisch leichter durchzusetzen.`,
      },
      {
        authorKey: 'lena',
        hoursAfter: 47,
        body: `Danke, das ist sehr hilfreich – insbesondere die Tabelle, Jens. Die Kombination aus Licht, Gestaltung mit Jugendlichen und einem verbindlichen Pflegekonzept nehmen wir so in die Vorlage auf. Den Spiegel streichen wir.

Nadine, eure Begehungen mit Frauengruppen würde ich gern übernehmen. Gibt es dafür einen Leitfaden oder eine Checkliste, die du teilen kannst?`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 53,
        body: `Ja, wir haben eine interne Checkliste mit Leitfragen und einem Ablaufplan für den Abend, die schicke ich dir. Die Idee stammt übrigens von den französischen **marches exploratoires** – Claire aus Strasbourg hat dazu vor Kurzem einen eigenen Thread gestartet, da findest du auch Hinweise zum Umgang mit den Ergebnissen.`,
      },
    ],
  },
  {
    categorySlug: 'staedtebauliche-kriminalpraevention',
    authorKey: 'moderator',
    daysAgo: 27.4,
    title: 'CPTED in der Bauleitplanung verankern – wer hat eine Checkliste?',
    body: `Bei uns kommt die Kriminalprävention in Bebauungsplanverfahren meist zu spät: Wenn der Entwurf öffentlich ausliegt, sind Wegeführung, Tiefgaragenzufahrten und Grünflächen längst festgelegt.

Wir möchten deshalb erreichen, dass die Prinzipien von **CPTED** (Crime Prevention Through Environmental Design) – natürliche Überwachung, klare Zuständigkeiten, Zugangskontrolle, Pflege – schon im Wettbewerb oder in der frühen Beteiligung geprüft werden.

Meine Fragen:

1. Gibt es bei euch eine **Checkliste** oder Verfahrensvereinbarung zwischen Stadtplanung, Ordnungsamt und Polizei?
2. Wer prüft konkret – und mit welchem Zeitbudget?
3. Habt ihr Sicherheitsaspekte in **Auslobungstexte** für städtebauliche Wettbewerbe aufgenommen?`,
    replies: [
      {
        authorKey: 'lena',
        hoursAfter: 7,
        body: `Wir haben seit drei Jahren eine **Verfahrensvereinbarung**: Bei allen Wettbewerben und bei B-Plänen ab einer gewissen Größe wird die Kriminalprävention früh beteiligt, zusätzlich zur Polizei. In den Auslobungstexten steht ein kurzer Absatz zu Sicherheit im öffentlichen Raum, die Jury bekommt eine einseitige Vorprüfung.

Wichtig war uns, nicht mit einer 40-Punkte-Liste zu kommen. Planerinnen und Planer akzeptieren eher **fünf klare Leitfragen**: Sichtbeziehungen, Belebung der Erdgeschosse, Wegeführung bei Dunkelheit, Übergänge zwischen öffentlich und privat, Pflegbarkeit.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 49,
        body: `Zur Einordnung: Beim [Deutschen Präventionstag](https://www.praeventionstag.de) gab es in den letzten Jahren mehrere Praxisbeiträge zu Verfahrensvereinbarungen zwischen Planung und Prävention, und Efus hat Material zu Sicherheit und Stadtgestaltung aus verschiedenen europäischen Städten.

Jens, wenn ihr eine Checkliste entwickelt, würden wir sie gern – mit eurem Einverständnis – in der Materialsammlung des Netzwerks veröffentlichen. Der Bedarf ist in vielen Mitgliedsstädten da.`,
      },
      {
        authorKey: 'moderator',
        hoursAfter: 70,
        body: `Sehr gern, Katrin. Lena, die fünf Leitfragen sind genau das Format, das ich gesucht habe – kurz genug, dass es im Verfahren wirklich gelesen wird. Ich nehme sie als Grundlage, stimme einen Entwurf mit unserem Stadtplanungsamt und der Polizeidirektion ab und stelle ihn dann hier zur Diskussion.`,
      },
    ],
  },

  // ── Gewalt gegen Frauen ────────────────────────────────────────────────────
  {
    categorySlug: 'gewalt-gegen-frauen',
    authorKey: 'nadine',
    daysAgo: 9.4,
    title: 'Frauennachttaxi – Finanzierung, Tarifmodell und Missbrauch?',
    body: `Liebe alle,

bei uns wird gerade diskutiert, ein **Frauennachttaxi** einzuführen. Ich soll bis zur nächsten Sitzung Modelle aus anderen Städten zusammentragen.

Mich interessiert besonders:

- **Tarifmodell:** Festpreis, Zuschuss pro Fahrt oder Gutscheine?
- **Berechtigung:** nur Frauen oder auch trans, inter und nicht-binäre Personen? Altersgrenzen?
- **Zeitfenster und Gebiet**
- **Missbrauch:** Gab es Probleme, z. B. Kurzstrecken zwischen Kneipen statt Heimweg?
- **Kosten pro Jahr** und wer zahlt

Gern auch Hinweise, warum ein Angebot wieder eingestellt wurde.`,
    replies: [
      {
        authorKey: 'sabine',
        hoursAfter: 4,
        body: `Bei uns gibt es seit Jahren ein Zuschussmodell, grob so:

| Merkmal | Unsere Lösung |
|---|---|
| Zeitraum | täglich 22 bis 6 Uhr |
| Eigenanteil | Taxameterpreis minus 7 € Zuschuss |
| Gebiet | Fahrten innerhalb des Stadtgebiets |
| Abrechnung | Taxiunternehmen rechnen monatlich mit der Stadt ab |
| Budget | rund 90.000 € pro Jahr, im Haushalt des Gleichstellungsbüros |

Missbrauch ist aus unserer Sicht kein nennenswertes Problem. Eher im Gegenteil: Viele kennen das Angebot gar nicht. Die Bekanntheit ist deutlich gestiegen, seit wir Aufkleber in Clubs, Bars und an den Hochschulen verteilen.`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 9,
        body: `Ein Punkt zur Berechtigung: Wir haben „Frauen und Mädchen ab 14 Jahren“ in die Richtlinie geschrieben und einen Satz ergänzt, dass die **Selbstauskunft genügt**. Fahrerinnen und Fahrer kontrollieren nichts – das wäre auch niemandem zuzumuten und würde genau die Menschen abschrecken, die wir erreichen wollen.

Seitdem gab es an dieser Stelle keine Beschwerden mehr.`,
      },
      {
        authorKey: 'moderator2',
        hoursAfter: 26,
        body: `Aus der Perspektive Nachtleben: Zuschussmodelle funktionieren nur, wenn **genug Taxis** da sind. In der Kernzeit Freitag/Samstag zwischen 2 und 4 Uhr haben wir faktisch einen Engpass – ein Frauennachttaxi verspricht dann etwas, das es nicht halten kann.

Sprecht vorher mit der Taxizentrale über Verfügbarkeiten und denkt über Kombinationen mit dem ÖPNV nach, etwa den Ausstieg zwischen zwei Haltestellen im Nachtbus.`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 51,
        body: `Danke, das ist eine sehr gute Grundlage für die Vorlage! Den Punkt zur Verfügbarkeit in der Kernzeit hatte ich überhaupt nicht auf dem Schirm – das kläre ich mit der Taxizentrale, bevor wir politisch etwas versprechen.

Auf die Aufkleber nehmen wir zusätzlich die Nummer des [Hilfetelefons Gewalt gegen Frauen](https://www.hilfetelefon.de) auf. Das bietet sich an, wenn man ohnehin Material verteilt.`,
      },
    ],
  },

  {
    categorySlug: 'gewalt-gegen-frauen',
    authorKey: 'claire',
    daysAgo: 15.2,
    title: 'Marches exploratoires de femmes : des expériences en Allemagne ?',
    body: `Bonjour à toutes et à tous,

à Strasbourg, nous organisons depuis plusieurs années des **marches exploratoires de femmes** dans les quartiers prioritaires : un groupe d’habitantes parcourt le quartier, de jour comme de nuit, repère les lieux où elles ne se sentent pas en sécurité et formule des propositions concrètes, présentées ensuite aux services de la ville et aux bailleurs.

Dans le cadre d’un échange franco-allemand au sein d’[Efus](https://efus.eu), nous aimerions savoir :

- Des villes allemandes utilisent-elles une méthode comparable ?
- Comment recrutez-vous les participantes, notamment celles qui maîtrisent mal la langue ?
- Quel **suivi** donnez-vous aux propositions ? Chez nous, environ la moitié des recommandations est réalisée dans les deux ans, ce qui reste un défi.

Merci d’avance – les réponses en allemand sont aussi les bienvenues !`,
    replies: [
      {
        authorKey: 'lena',
        hoursAfter: 6,
        body: `Bonjour Claire, à Karlsruhe nous faisons des **Sicherheitsbegehungen** (diagnostics en marchant) dans les quartiers en rénovation urbaine, mais jusqu’à présent avec un groupe mixte : habitants, police, services techniques. Les marches réservées aux femmes sont plus rares chez nous.

Le suivi est aussi notre point faible. Depuis l’an dernier, nous tenons un **tableau de suivi** avec un service responsable et une échéance pour chaque proposition, et nous le présentons une fois par an au conseil de quartier.`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 9,
        body: `Bonjour Claire, je réponds en allemand, c’est plus précis pour moi :

In Bremen machen wir seit zwei Jahren **Begehungen ausschließlich mit Frauen**, ausdrücklich nach eurem Vorbild. Rekrutiert wird über Frauentreffs, Mütterzentren und Sprachkurse; wir arbeiten mit Sprachmittlerinnen und gehen in kleinen Gruppen von sechs bis zehn Frauen.

Entscheidend war, dass die Verwaltung **beim Abschlussgespräch mit am Tisch** sitzt und zu jedem Punkt eine Rückmeldung gibt – auch wenn sie „geht nicht, weil …“ lautet. Das schafft Vertrauen, und die Frauen kommen beim nächsten Mal wieder.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 30,
        body: `Chère Claire, merci pour cette initiative ! Au sein du Praxisnetz, nous pourrions organiser au printemps un **atelier en ligne franco-allemand** sur les marches exploratoires, avec Strasbourg, Brême et Karlsruhe, et une interprétation simultanée pour que chacune puisse parler dans sa langue. Je vous contacte par e-mail pour en discuter.`,
      },
      {
        authorKey: 'claire',
        hoursAfter: 55,
        body: `Merci beaucoup à toutes les trois ! Le tableau de suivi de Karlsruhe et le retour systématique de l’administration à Brême sont exactement les pistes dont nous avons besoin pour la prochaine édition.

Avec plaisir pour l’atelier en ligne, Katrin : je peux présenter notre guide méthodologique et inviter deux habitantes qui ont participé aux marches l’an dernier.`,
      },
    ],
  },

  // ── Drogen & Schadensminderung ─────────────────────────────────────────────
  {
    categorySlug: 'drogen-schadensminderung',
    authorKey: 'ole',
    daysAgo: 2.3,
    title: 'Drug-Checking – bereitet jemand ein Modellvorhaben vor?',
    body: `Hallo zusammen,

seit der Änderung des Betäubungsmittelgesetzes 2023 (§ 10b BtMG) können die Länder per Rechtsverordnung **Modellvorhaben zum Drug-Checking** ermöglichen. In unserer Suchthilfe gibt es großes Interesse, politisch ist das Thema aber heikel („Die Stadt testet Drogen für Partygäste“).

Ich würde gern wissen:

- Gibt es in euren Ländern schon eine Verordnung oder zumindest Gespräche dazu?
- Welche **Träger** wären bei euch vorgesehen – Drogenhilfe, Gesundheitsamt, ein Uni-Labor?
- Stationär in der Beratungsstelle oder **mobil** bei Festivals und im Club?
- Wie habt ihr Polizei und Staatsanwaltschaft eingebunden?

Ich bin für jede Erfahrung dankbar, auch aus der Vorbereitungsphase.`,
    replies: [
      {
        authorKey: 'moderator',
        hoursAfter: 8,
        body: `Bei uns im Land ist der Stand noch offen. Wir haben in Leipzig aber einen Arbeitskreis mit Suchthilfe, Gesundheitsamt und Ordnungsamt, der ein Konzept „für den Tag X“ vorbereitet. Zwei Learnings bisher:

1. **Sprache:** Wir reden konsequent von „Gesundheitsschutz und Warnsystem“, nicht von „Pillen testen“. Öffentliche Warnungen vor gefährlich hoch dosierten oder verunreinigten Substanzen sind das stärkste Argument.
2. **Beratung ist Pflicht:** Kein Ergebnis ohne Beratungsgespräch. Damit erreicht man Konsumierende, die sonst nie in einer Beratungsstelle auftauchen.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 21,
        body: `Aus Polizeisicht: Die größte Frage bei den Kolleginnen und Kollegen ist, wie mit dem **Umfeld der Abgabestelle** umgegangen wird – also ob dort kontrolliert wird oder nicht. Das muss vorher klar abgesprochen sein, bei Drogenkonsumräumen gibt es dazu ja auch Vereinbarungen.

Ich würde die Polizeiführung von Anfang an an den Tisch holen. Wenn das Verfahren klar ist, haben die meisten damit keine Probleme – die Warnmeldungen helfen uns ja auch.`,
      },
      {
        authorKey: 'james',
        hoursAfter: 30,
        body: `From the European side: several Efus member cities in Switzerland, Austria and the Netherlands have run drug-checking services for many years, both fixed-site and mobile at festivals and clubs.

If it helps, I can ask through the Efus network whether a colleague from one of those cities would join an **online session** with the German cities that are preparing a pilot. Their experience with communication towards politicians and residents might be the most useful part.`,
      },
      {
        authorKey: 'ole',
        hoursAfter: 44,
        body: `Danke euch! James, das wäre großartig – gerade die Frage mobil oder stationär würde ich gern mit jemandem besprechen, der beides kennt. Ich wäre sofort dabei und frage auch unsere Kollegin aus dem Gesundheitsamt.

Frank, den Hinweis auf die Absprache zum Umfeld der Beratungsstelle nehme ich direkt in unser Konzept auf, das war bisher eine Leerstelle.`,
      },
    ],
  },
  {
    categorySlug: 'drogen-schadensminderung',
    authorKey: 'sabine',
    daysAgo: 33.6,
    title: 'Drogenkonsumraum und Nachbarschaft – welche Dialogformate haben sich bewährt?',
    body: `Unser Drogenkonsumraum wird fachlich sehr positiv bewertet, in der direkten Nachbarschaft wächst aber der Unmut: Spritzenfunde in Hauseingängen, Menschenansammlungen vor der Einrichtung, Lärm am frühen Morgen.

Bisher gibt es einmal im Jahr eine Anwohnerversammlung – die endet regelmäßig im Schlagabtausch.

Wer hat **bessere Formate** gefunden? Ich denke an

- feste Sprechstunden im Quartier,
- eine Beschwerde-Hotline mit verbindlicher Reaktionszeit,
- gemeinsame Begehungen mit Anwohnenden,
- Meldewege für Spritzenfunde und zusätzliche Abwurfbehälter.`,
    replies: [
      {
        authorKey: 'lena',
        hoursAfter: 10,
        body: `In Karlsruhe gibt es rund um den Konsumraum einen **Quartiersbeirat** mit sechs Anwohnenden, zwei Gewerbetreibenden, der Einrichtungsleitung, Ordnungsamt und Polizei. Er trifft sich alle acht Wochen in kleiner Runde statt als Großversammlung.

Auf der Tagesordnung steht immer der Punkt „Was ist seit dem letzten Mal passiert?“ mit konkreten Rückmeldungen zu jeder Beschwerde. Das hat die Stimmung spürbar versachlicht.`,
      },
      {
        authorKey: 'ole',
        hoursAfter: 25,
        body: `Spritzenfunde sind oft der Kipppunkt. Bei uns hilft ein **Sammeldienst mit Peers** aus der Szene, die zweimal täglich eine feste Runde gehen – organisiert als Zuverdienstprojekt. Anwohnende sehen, dass sich jemand kümmert, und die Peers bekommen Tagesstruktur.

Zusätzlich gibt es eine Telefonnummer, unter der Funde gemeldet werden können. Tagsüber werden Meldungen innerhalb von zwei Stunden abgearbeitet, und die Anrufenden bekommen eine kurze Rückmeldung.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 52,
        body: `Herzlichen Dank! Quartiersbeirat plus Peer-Sammeldienst plus verbindliche Rückmeldung – das ist ein Paket, das ich unserer Steuerungsgruppe gut vorschlagen kann. Die jährliche Großversammlung würden wir dann durch einen offenen Tag in der Einrichtung ersetzen. Ole, darf ich mich wegen der Finanzierung des Zuverdienstprojekts bei dir melden?`,
      },
    ],
  },

  // ── Bahnhofsviertel ────────────────────────────────────────────────────────
  {
    categorySlug: 'bahnhofsviertel',
    authorKey: 'james',
    daysAgo: 4.2,
    title: 'Station districts: balancing visible enforcement and social services',
    body: `Hi all,

the Bahnhofsviertel is once again in the headlines here in Frankfurt, and the political pressure for “more police, more order” is high. At the same time, the drug help services in the district do important work, and we don’t want to simply push the open drug scene into neighbouring residential streets.

I’m preparing a short paper for our prevention council and would love to hear from other cities:

- How do you **coordinate** police, public-order service and social work on the ground? Joint patrols, shared briefings, a district manager?
- Have you seen **displacement** after stepped-up enforcement, and how did you track it?
- Which **indicators** do you report to your council besides crime statistics?

German replies are absolutely fine – I read German well, I’m just quicker writing in English.`,
    replies: [
      {
        authorKey: 'moderator2',
        hoursAfter: 3,
        body: `Hi James, in Mannheim we have a **district coordinator** for the area around the central station, based in the city administration, who chairs a weekly 30-minute briefing with police, public-order service and street work. The key rule: everyone shares what they saw, nobody is asked to share confidential case data. It sounds trivial, but it ended a lot of mutual blaming.

On displacement: we asked the public-order service to log complaints **by street segment** before and after an operation. We saw a clear increase in two side streets within three weeks, which led us to adjust the patrol routes.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 7,
        body: `Hi James, kurz auf Deutsch: Wir berichten dem KPR neben der PKS vier Indikatoren:

- **Beschwerden** beim Ordnungsamt, nach Straßenabschnitt
- **Spritzenfunde** im öffentlichen Raum
- **Kontakte der Straßensozialarbeit**
- eine kurze **Passantenbefragung** einmal im Jahr

Gerade die Kontakte der Straßensozialarbeit zeigen oft früher als jede Statistik, wenn sich die Szene verlagert.`,
      },
      {
        authorKey: 'ole',
        hoursAfter: 22,
        body: `One more point from the harm-reduction side: **opening hours** matter. When the consumption room and the day centre close early, people spend the evening in the street – and that’s exactly when residents complain most.

We extended opening hours by two hours in the evening, financed jointly from the health and public-order budgets. That was a lot easier to argue for than additional patrols, and complaints in the evening went down noticeably.`,
      },
      {
        authorKey: 'james',
        hoursAfter: 50,
        body: `Thanks everyone – this is exactly what I needed. The weekly briefing format, the complaint logging by street segment and Sabine’s four indicators are going straight into the paper, and Ole’s point about opening hours is a great argument for our health department.

Happy to share the paper here once our council has discussed it.`,
      },
    ],
  },
  {
    categorySlug: 'bahnhofsviertel',
    authorKey: 'moderator2',
    daysAgo: 22.5,
    title: 'Runder Tisch Bahnhofsviertel – wer sitzt bei euch am Tisch?',
    body: `Wir bauen gerade einen **Runden Tisch für das Bahnhofsumfeld** neu auf. Bisher gibt es nur eine Sicherheitskonferenz mit Polizei und Ordnungsamt, was zu einer sehr einseitigen Sicht auf das Quartier führt.

Wie ist das bei euch organisiert?

1. Wer ist Mitglied – Deutsche Bahn, Bundespolizei, Gewerbe, Hotellerie, soziale Träger, Anwohnende?
2. Wie oft tagt das Gremium, wer lädt ein, wer protokolliert?
3. Gibt es eine **Geschäftsordnung** oder nur eine lose Runde?

Ich freue mich auch über Beispiele, was nicht funktioniert hat.`,
    replies: [
      {
        authorKey: 'frank',
        hoursAfter: 4,
        body: `Unbedingt die **Bundespolizei** und die DB-Sicherheit dazunehmen – sonst endet jede Diskussion an der Grundstücksgrenze des Bahnhofs.

Bei uns tagt die Runde quartalsweise, eingeladen wird von der Stadt, das Protokoll schreibt die Geschäftsstelle der Kriminalprävention. Eine Geschäftsordnung gibt es nicht, aber einen **Maßnahmenplan mit Zuständigkeiten und Terminen**, der in jeder Sitzung Punkt für Punkt durchgegangen wird.`,
      },
      {
        authorKey: 'moderator',
        hoursAfter: 20,
        body: `Wir haben zwei Ebenen: eine **Steuerungsrunde** (Amtsleitungen, Polizei, Bundespolizei, DB, Suchthilfe), die zweimal im Jahr tagt, und eine **Arbeitsebene**, die sich monatlich trifft.

Anwohnende und Gewerbe sind in einem separaten Quartiersforum vertreten. Eine gemeinsame Runde mit allen hatten wir anfangs – sie wurde zu groß und zu emotional, um dort Entscheidungen vorzubereiten.`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 30,
        body: `Bitte auch die **Frauenberatung** bzw. die Fachstellen gegen sexualisierte Gewalt einladen. Bahnhofsumfelder sind für wohnungslose Frauen und für Frauen in der Prostitution besonders gefährliche Orte, und das taucht in solchen Runden sonst so gut wie nie auf. Oft reicht es schon, wenn eine Fachstelle einmal im Jahr berichtet.`,
      },
      {
        authorKey: 'moderator2',
        hoursAfter: 48,
        body: `Danke euch! Das Zwei-Ebenen-Modell gefällt mir, und der Maßnahmenplan mit Terminen ist genau das, was unserer bisherigen Sicherheitskonferenz fehlt. Nadines Hinweis nehme ich ausdrücklich mit – die Perspektive wohnungsloser Frauen fehlte bei uns bisher komplett. Ich berichte hier, wie die erste Sitzung gelaufen ist.`,
      },
    ],
  },

  // ── Jugenddelinquenz ───────────────────────────────────────────────────────
  {
    categorySlug: 'jugenddelinquenz',
    authorKey: 'member',
    daysAgo: 2.1,
    title: 'Jugendgruppen am Marktplatz am Wochenende – aufsuchende Arbeit statt Platzverweise?',
    body: `Hallo zusammen,

seit dem Frühjahr treffen sich freitags und samstags abends regelmäßig 30 bis 50 Jugendliche an einem zentralen Platz. Es gibt Lärm, Müll, vereinzelt Sachbeschädigungen und zweimal Auseinandersetzungen, bei denen die Polizei eingreifen musste. Die Anwohnenden fordern Platzverweise und Videoüberwachung.

Mein Eindruck aus den Einsätzen unseres Ordnungsdienstes: Der Großteil der Jugendlichen ist gar nicht das Problem, sie haben schlicht **keinen anderen Ort**, an dem sie abends sein können.

Hat jemand Erfahrung damit,

- **Streetwork** gezielt an solchen Abenden einzusetzen,
- gemeinsame Rundgänge von Ordnungsdienst und Jugendarbeit zu machen,
- Jugendliche selbst an einer Lösung zu beteiligen?

Und wie habt ihr das politisch vermittelt, wenn der Ruf nach „hartem Durchgreifen“ laut ist?`,
    replies: [
      {
        authorKey: 'tobias',
        hoursAfter: 2,
        body: `Markus, das kenne ich sehr gut. Ein paar Dinge, die bei uns funktioniert haben:

- **Feste Präsenz** von Streetwork an den Abenden, immer dieselben Gesichter. Wer nur alle drei Wochen auftaucht, bekommt keinen Zugang.
- **Keine gemeinsamen Streifen** mit dem Ordnungsdienst! Wir sprechen uns vorher ab und wissen voneinander, aber wenn wir zusammen auftreten, verlieren wir das Vertrauen der Jugendlichen.
- **Beteiligung:** Wir haben mit den Jugendlichen selbst Regeln für den Platz entwickelt (Müll, Lautstärke ab 23 Uhr). Das hält nicht perfekt, aber erstaunlich gut.

Politisch hat geholfen, dass wir nach drei Monaten zeigen konnten, wie stark die Einsätze zurückgegangen sind.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 5,
        body: `Aus Polizeisicht: Die beiden Auseinandersetzungen solltet ihr getrennt betrachten. Oft sind das einzelne Personen, die man gezielt ansprechen kann – Gefährderansprache, Kontakt zu den Eltern, Jugendgerichtshilfe.

Wenn man die ganze Gruppe für das Verhalten weniger Einzelner in Haftung nimmt, solidarisieren sich alle. Das haben wir mehrfach erlebt, und danach ist es deutlich schwerer, überhaupt noch mit der Gruppe ins Gespräch zu kommen.`,
      },
      {
        authorKey: 'moderator',
        hoursAfter: 9,
        body: `Ergänzend: Bei uns gab es für einen ähnlichen Platz einen **Beteiligungsworkshop** mit dem Jugendparlament. Ergebnis war ein überdachter, beleuchteter Treffpunkt mit Sitzgelegenheiten an einem Ort etwas abseits der Wohnbebauung, der sehr gut angenommen wird.

Meine Erfahrung: Verdrängung funktioniert nur, wenn es ein **attraktives Alternativangebot** gibt, das die Jugendlichen selbst mitgestaltet haben.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 20,
        body: `Ein Hinweis für die mittelfristige Perspektive: Mit **Communities That Care** kann man über eine Jugendbefragung die Risiko- und Schutzfaktoren im Stadtteil erheben. Kurzfristig hilft das natürlich nicht, aber es liefert gute Argumente für dauerhafte Angebote statt Feuerwehreinsätzen. Henrik hatte dazu vor ein paar Wochen einen eigenen Thread gestartet, da stehen einige praktische Erfahrungen drin.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 26,
        body: `Danke für die schnellen und ehrlichen Antworten! Tobias, der Punkt mit den getrennten Rollen ist wichtig – ich hätte intuitiv auf gemeinsame Streifen gesetzt. Wir machen es jetzt so: klare Absprachen, aber getrennte Auftritte.

Eine Frage noch: Wie habt ihr die **Streetwork-Stunden am Wochenende** finanziert? Unsere Jugendhilfe sagt, dafür gebe es kein Personal.`,
      },
      {
        authorKey: 'tobias',
        hoursAfter: 31,
        body: `Bei uns war es am Anfang ein auf zwei Jahre befristetes Projekt aus Mitteln der Kriminalprävention. Danach wurde es in den Regelhaushalt der Jugendhilfe übernommen – wegen der Zahlen aus der Pilotphase.

Wochenend- und Nachtdienste sind tariflich teurer, das muss man einplanen. **Zwei halbe Stellen** sind aus meiner Sicht das Minimum, damit nie eine Person allein auf dem Platz steht.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 40,
        body: `Vielleicht hilfreich für die politische Argumentation: In der [Grünen Liste Prävention](https://www.gruene-liste-praevention.de) des Landespräventionsrats Niedersachsen sind Präventionsprogramme mit nachgewiesener Wirksamkeit zusammengestellt, auch für das Jugendalter.

Das ersetzt keine Streetwork, stärkt aber das Argument, dauerhaft in Prävention statt nur in Kontrolle zu investieren. Gern unterstützen wir mit einer Stellungnahme der Geschäftsstelle.`,
      },
    ],
  },
  {
    categorySlug: 'jugenddelinquenz',
    authorKey: 'henrik',
    daysAgo: 18.3,
    title: 'Communities That Care – lohnt sich die Jugendbefragung auf Stadtteilebene?',
    body: `Wir überlegen, in zwei Stuttgarter Stadtteilen mit **Communities That Care (CTC)** zu starten. Der Ansatz überzeugt mich: Gebietsteams aus der Praxis, eine Schülerbefragung zu Risiko- und Schutzfaktoren, darauf aufbauend die Auswahl geprüfter Programme.

Meine Bedenken:

- Die **Schülerbefragung** ist aufwendig: Schulen müssen mitziehen, Einwilligungen, Datenschutz.
- Für einzelne Stadtteile sind die Fallzahlen womöglich klein.
- Der Prozess dauert lange, die Politik will schnell Ergebnisse.

Wer hat CTC umgesetzt und kann berichten, wie es nach den ersten zwei bis drei Jahren aussah? Infos zum Ansatz gibt es auf [ctc-info.de](https://www.ctc-info.de).`,
    replies: [
      {
        authorKey: 'admin',
        hoursAfter: 6,
        body: `Henrik, wir begleiten in der Geschäftsstelle mehrere Kommunen, die mit CTC arbeiten. Ehrlich gesagt: Die ersten anderthalb Jahre sind **Aufbauarbeit** – Lenkungsgruppe, Gebietsteam, Befragung, Gebietsprofil. Das muss man politisch offen kommunizieren.

Der Gewinn kommt danach: Die Stadtteile haben ein gemeinsames Lagebild und entscheiden nicht mehr nach Bauchgefühl, welches Projekt gefördert wird.

Zu den Fallzahlen: Plant die Befragung in den Jahrgangsstufen 6 bis 10 in **allen Schulen** des Gebiets, dann kommt man auch in kleineren Stadtteilen auf auswertbare Zahlen.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 24,
        body: `Wir haben CTC in einem Stadtteil umgesetzt. Bei der Schülerbefragung haben am Ende etwa 70 % der angefragten Klassen teilgenommen.

Entscheidend war, dass sich das **Schulamt** früh hinter das Projekt gestellt hat und die Befragung in der Unterrichtszeit stattfinden konnte. Ohne das wären es deutlich weniger gewesen. Die Einwilligungen der Eltern haben wir über die Klassenleitungen eingesammelt, das lief erstaunlich reibungslos.`,
      },
      {
        authorKey: 'tobias',
        hoursAfter: 33,
        body: `Aus der Jugendarbeit ein kleiner kritischer Punkt: Achtet darauf, dass Jugendliche nicht nur **befragt**, sondern auch **beteiligt** werden. Bei uns bestand das Gebietsteam anfangs fast nur aus Fachkräften.

Seit zwei Jugendliche aus dem Jugendtreff dabei sind, sind die Diskussionen viel näher an der Realität – und die Maßnahmen werden von den Jugendlichen im Stadtteil auch eher angenommen.`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 77,
        body: `Vielen Dank – das ist sehr ermutigend. Das Schulamt früh ins Boot holen, alle Schulen im Gebiet einbeziehen und Jugendliche ins Gebietsteam: Das nehme ich so in unser Konzept auf, zusammen mit einem ehrlichen Zeitplan für den Gemeinderat.

Katrin, ich melde mich wegen einer Beratung durch die Geschäftsstelle, bevor wir den Antrag stellen.`,
      },
    ],
  },

  // ── Radikalisierung & Polarisierung ────────────────────────────────────────
  {
    categorySlug: 'radikalisierung-polarisierung',
    authorKey: 'moderator',
    daysAgo: 8.2,
    title: 'Bürgerversammlung nach einer Gewalttat – wie moderiert ihr, wenn die Stimmung kippt?',
    body: `Nach einer schweren Gewalttat in einem unserer Stadtteile hatten wir vor einigen Wochen eine Bürgerversammlung mit rund 300 Menschen. Sie wurde in Teilen von organisierten Gruppen dominiert, es gab pauschale Schuldzuweisungen gegen Geflüchtete und persönliche Angriffe auf die Vertreterinnen und Vertreter der Verwaltung. Viele Anwohnende, die eigentlich Fragen hatten, sind früh gegangen.

Für die nächste Veranstaltung möchte ich es besser machen:

- Welche **Formate** funktionieren besser als die klassische Versammlung mit Podium? Dialogtische, Sprechstunden, kleinere Runden?
- Wie geht ihr mit **Falschinformationen** um, die live gestreut werden?
- Arbeitet ihr mit externer Moderation oder Beratungsstellen zusammen?`,
    replies: [
      {
        authorKey: 'admin',
        hoursAfter: 5,
        body: `Jens, das ist leider kein Einzelfall. Was sich in mehreren Mitgliedsstädten bewährt hat:

1. **Kein Großformat als Erstes:** lieber mehrere kleinere Gesprächsrunden in Schulen, Vereinen und Kirchengemeinden, mit Anmeldung.
2. **Professionelle, externe Moderation** mit Erfahrung in polarisierten Settings – die Mobile Beratung gegen Rechtsextremismus unterstützt hier häufig.
3. **Faktencheck vorbereiten:** Die Verwaltung sollte die zwei, drei absehbaren Gerüchte kennen und mit Polizei und Staatsanwaltschaft vorher klären, was gesagt werden kann und was nicht.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 11,
        body: `Wir haben nach einem ähnlichen Fall ein **„Marktplatz“-Format** gemacht: kein Podium, sondern Stationen (Polizei, Ordnungsamt, Jugendhilfe, Opferhilfe), an denen man direkt ins Gespräch kommt. Das entzieht lauten Gruppen die Bühne, weil es kein Mikrofon gibt, das man dominieren kann.

Nachteil: Es entsteht kein gemeinsames Bild im Raum. Wir haben deshalb am Ende eine kurze Zusammenfassung der häufigsten Fragen und Antworten per Aushang und online veröffentlicht.`,
      },
      {
        authorKey: 'james',
        hoursAfter: 19,
        body: `This resonates with a lot of what we discussed in the Efus working group on polarisation. One lesson from cities in other countries: **don’t only talk to the loud ones**.

Some cities deliberately reached out afterwards to the people who had left early – via parents’ associations, mosques, sports clubs – and held separate listening sessions. That often produced a much more balanced picture of what residents were actually worried about.`,
      },
      {
        authorKey: 'moderator',
        hoursAfter: 60,
        body: `Danke für die vielen Hinweise. Wir planen jetzt drei kleinere Dialogrunden mit externer Moderation und im Anschluss einen Infomarkt nach Sabines Vorbild. Die Mobile Beratung ist angefragt, und die absehbaren Gerüchte klären wir vorab mit der Polizei.

James, die Idee, gezielt die Leute anzusprechen, die früh gegangen sind, finde ich sehr gut – das machen wir über Schulen und Vereine.`,
      },
    ],
  },
  {
    categorySlug: 'radikalisierung-polarisierung',
    authorKey: 'james',
    daysAgo: 30.1,
    title: 'Efus working group on polarisation – looking for German cities to join',
    body: `Hello everyone,

a group of Efus member cities is setting up a **working group on local responses to polarisation** – from conflicts over refugee accommodation to conspiracy narratives and hostility towards local officials. The plan so far:

- four online meetings over the next year, in English, with German and French interpretation where possible,
- one study visit to a participating city,
- a short **practice guide** at the end, written by the cities themselves.

Several French, Belgian, Spanish and Italian cities have signed up, but German participation is still thin. If your city works on this – through a prevention council, a democracy office or a dedicated coordinator – please reply here or contact me directly. Background on Efus’ work is on [efus.eu](https://efus.eu).`,
    replies: [
      {
        authorKey: 'admin',
        hoursAfter: 4,
        body: `Thanks, James! The Praxisnetz office would be happy to support German participation and to share the results in this forum. Leipzig and the Düsseldorf prevention council have both worked on the topic recently – Jens, Sabine, maybe this is something for you?

We could also offer a short German-language debrief after each online meeting for colleagues who can’t take part themselves.`,
      },
      {
        authorKey: 'moderator',
        hoursAfter: 20,
        body: `Count Leipzig in. Our main interests are how to handle **public meetings** that get hijacked by organised groups, and how to protect staff from hostility – we’ve had several incidents this year, from abusive emails to people being followed after council meetings. I’d be glad to learn how other cities deal with that.`,
      },
      {
        authorKey: 'claire',
        hoursAfter: 26,
        body: `Hello James, Strasbourg is already in the group on the French side. I’d be very glad to have German colleagues on board – the cross-border perspective matters a lot for us, since some of the online mobilisation we see comes from both sides of the Rhine.

Looking forward to working with you, Jens! And Katrin, the German debriefs are a great idea – we could do the same in French.`,
      },
      {
        authorKey: 'moderator2',
        hoursAfter: 51,
        body: `Mannheim is interested as well, probably with one colleague from our democracy office and myself. We are especially interested in how to measure polarisation locally – we’ve started adding a few questions on trust and social cohesion to our safety survey. Could you share the dates of the first meeting once they’re set?`,
      },
    ],
  },

  // ── Nachtleben & Veranstaltungen ───────────────────────────────────────────
  {
    categorySlug: 'nachtleben-veranstaltungen',
    authorKey: 'moderator2',
    daysAgo: 11.3,
    title: 'Awareness-Teams bei Stadtfesten – wer zahlt, wer schult, wer koordiniert?',
    body: `Für unser großes Stadtfest im Sommer – drei Tage, je nach Wetter mehr als 150.000 Besucherinnen und Besucher – möchten wir erstmals **Awareness-Teams** einsetzen: geschulte Ansprechpersonen für Betroffene von Belästigung, Übergriffen oder Diskriminierung, die mit Sanitätsdienst und Security vernetzt sind.

Offene Fragen:

- Wer hat das bei euch **organisiert** – Veranstalter, Stadt oder ein freier Träger?
- Wie viele Personen pro Schicht, und welche **Schulung** (Dauer, Inhalte)?
- Wie habt ihr die **Rollen** gegenüber Security und Polizei abgegrenzt?
- Gab es einen **Rückzugsraum**, und wie war er ausgestattet?`,
    replies: [
      {
        authorKey: 'nadine',
        hoursAfter: 6,
        body: `Wir haben beim letzten großen Fest mit einem Fachberatungsverein zusammengearbeitet, der die Teams gestellt und geschult hat: **acht Stunden Schulung** plus Einweisung vor Ort. Pro Schicht waren zehn Personen unterwegs, immer zu zweit und in auffälligen Westen. Dazu kam ein Rückzugszelt nahe dem Sanitätsdienst mit Sitzgelegenheiten, Wasser, Telefon und Infomaterial.

Ganz wichtig: Das Team **entscheidet nicht über die Betroffenen hinweg** – die Person bestimmt, ob die Polizei gerufen wird.

Zusätzlich haben wir die Kampagne „Luisa ist hier!“ an allen Ausschankständen bekannt gemacht.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 24,
        body: `Organisatorisch lief es bei uns über den Veranstalter. Die Stadt hat die Hälfte der Kosten übernommen und dafür im **Sicherheitskonzept** festgeschrieben, dass es ein Awareness-Konzept geben muss.

Damit ist das Angebot auch für die kommenden Jahre gesichert, unabhängig von Haushaltsdebatten. Beim ersten Mal gab es Widerstand wegen der Kosten, inzwischen fragt niemand mehr danach.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 29,
        body: `Zur Abgrenzung mit der Polizei: Uns hat eine **gemeinsame Einweisung** am ersten Tag sehr geholfen, bei der sich Einsatzleitung, Security und Awareness-Team persönlich kennengelernt haben. Sonst wird der Funkverkehr schnell zur Rollenverwirrung.

Vereinbart außerdem vorher, wie das Awareness-Team die Polizei erreicht, wenn die betroffene Person das möchte – am besten über einen festen Ansprechpartner in der Einsatzleitung.`,
      },
      {
        authorKey: 'moderator2',
        hoursAfter: 47,
        body: `Super, genau solche Details habe ich gesucht. Das Modell „Kostenbeteiligung gegen Verankerung im Sicherheitskonzept“ schlage ich unserer Veranstaltungsabteilung vor, und die gemeinsame Einweisung am ersten Tag nehmen wir fest in den Ablaufplan auf. Nadine, darf ich dich nach dem Kontakt zu eurem Fachberatungsverein fragen?`,
      },
    ],
  },
  {
    categorySlug: 'nachtleben-veranstaltungen',
    authorKey: 'ole',
    daysAgo: 45.5,
    title: 'Nachtmanagement – lohnt sich eine eigene Stelle?',
    body: `Am Hafen hat sich bei uns in den letzten Jahren eine lebendige Ausgehmeile entwickelt – mit allen bekannten Konflikten: Lärm, Müll, Wildpinkeln, Beschwerden aus der neuen Wohnbebauung. Zuständig fühlen sich viele: Ordnungsamt, Gewerbeaufsicht, Stadtplanung, Polizei, Wirtschaftsförderung.

Im Rat wird jetzt über eine Stelle für **Nachtmanagement** diskutiert, manche sprechen von einer „Nachtbürgermeisterin“. Wer hat so eine Stelle, wo ist sie angesiedelt, und was konnte sie konkret bewirken? Und wie verhindert man, dass sie am Ende nur eine weitere Beschwerdestelle ist?`,
    replies: [
      {
        authorKey: 'moderator2',
        hoursAfter: 8,
        body: `Mannheim war in Deutschland einer der Vorreiter beim Nachtmanagement. Was ich aus unserer Erfahrung mitgeben kann:

- Die Stelle braucht eine **Brückenfunktion** zwischen Verwaltung und Szene – akzeptiert wird sie nur, wenn die Club- und Barbetreiber sie als Ansprechperson auf Augenhöhe sehen.
- Sie braucht einen **kurzen Draht zur Verwaltungsspitze**, sonst bleibt es bei Moderation ohne Wirkung.
- Gute Ergebnisse gab es bei ganz praktischen Dingen: zusätzliche öffentliche Toiletten, Absprachen zu Reinigungszeiten, gemeinsame Nachtrundgänge mit Anwohnenden.`,
      },
      {
        authorKey: 'james',
        hoursAfter: 26,
        body: `Many European cities now have night mayors or night councils – Amsterdam is the classic reference. What I’ve heard repeatedly at Efus meetings is that the role works best when it is **not purely a complaints role**, but also has a small budget for quick fixes: lighting, toilets, signage, a few extra bins on Friday nights. Visible small wins build trust on all sides.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 49,
        body: `Aus Ordnungsamtssicht unterstütze ich das. Für uns wäre so eine Stelle eine Entlastung, weil wir zwischen Gastronomie und Anwohnenden oft nur ordnungsrechtlich handeln können – und damit sind wir automatisch „die Bösen“.

Wichtig wäre mir nur eine klare Aufgabentrennung: Das Nachtmanagement vermittelt und entwickelt Lösungen, der Vollzug bleibt beim Ordnungsamt.`,
      },
    ],
  },

  // ── Seniorensicherheit & Betrug ────────────────────────────────────────────
  {
    categorySlug: 'seniorensicherheit-betrug',
    authorKey: 'henrik',
    daysAgo: 14.1,
    title: 'Schockanrufe und falsche Polizeibeamte – Kooperation mit Banken und Sparkassen',
    body: `Bei uns häufen sich wieder **Schockanrufe** und Anrufe **falscher Polizeibeamter**, bei denen ältere Menschen hohe Bargeldbeträge abheben oder Schmuck an der Haustür übergeben. Vorträge in Seniorentreffs erreichen vor allem die, die ohnehin gut informiert sind.

Wir möchten deshalb gezielt mit **Banken und Sparkassen** zusammenarbeiten:

- Schulung der Beschäftigten am Schalter,
- Hinweiskarten bei ungewöhnlich hohen Barabhebungen,
- ein klarer Meldeweg zur Polizei.

Hat jemand so eine Kooperation aufgebaut? Wie war die Bereitschaft der Institute, und gibt es Erfahrungen, wie viele Taten dadurch verhindert wurden?`,
    replies: [
      {
        authorKey: 'frank',
        hoursAfter: 7,
        body: `Ja, bei uns gibt es seit zwei Jahren eine Vereinbarung mit der Sparkasse und zwei Genossenschaftsbanken. Die Beschäftigten am Schalter wurden in 90 Minuten von unserer Präventionsstelle geschult, und es gibt eine **Durchwahl zur Polizei**, die sie bei Verdacht anrufen können.

Im letzten Jahr haben uns die Institute von **knapp 20 Fällen** berichtet, in denen eine Abhebung nach Ansprache abgebrochen wurde. Flyer und Hinweiskarten gibt es bei der [Polizeilichen Kriminalprävention](https://www.polizei-beratung.de) – die kann man mit dem eigenen Logo ergänzen.`,
      },
      {
        authorKey: 'member',
        hoursAfter: 22,
        body: `Ergänzend: Denkt an die **Angehörigen**. Wir haben Kinder und Enkel über Arbeitgeber, Sportvereine und die Lokalzeitung angesprochen, mit dem Aufruf, mit den Eltern und Großeltern ein **Codewort** für echte Notfälle zu vereinbaren und offen über die Maschen zu reden. Das kam überraschend gut an – viele Ältere schämen sich weniger, wenn das Thema in der Familie schon einmal besprochen wurde.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 29,
        body: `Ein Hinweis aus anderen Netzwerkstädten: Wirkungsvoll sind auch **ehrenamtliche Seniorensicherheitsberaterinnen und -berater** – ältere Menschen, die von der Polizei geschult werden und Gleichaltrige in Treffs oder bei Hausbesuchen beraten. Die Ansprache unter Gleichaltrigen senkt die Hemmschwelle deutlich, und sie erreicht auch Menschen, die nie zu einem Vortrag kämen.`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 50,
        body: `Danke! Die Durchwahl für die Bankbeschäftigten finde ich besonders überzeugend – das ist einfach umzusetzen und kostet fast nichts. Das Codewort greifen wir in unserer nächsten Kampagne auf.

Frank, würdest du mir eure Kooperationsvereinbarung als Vorlage zur Verfügung stellen? Dann kann ich mit unserer Sparkasse gleich konkret werden.`,
      },
    ],
  },

  // ── Digitale Kriminalität & Cybermobbing ───────────────────────────────────
  {
    categorySlug: 'digitale-kriminalitaet',
    authorKey: 'tobias',
    daysAgo: 25.2,
    title: 'Cybermobbing-Prävention – externe Workshops oder Schulsozialarbeit stärken?',
    body: `Bei uns kommen immer mehr Anfragen von Schulen, die nach Vorfällen von **Cybermobbing** (Gruppenchats, weitergeleitete Fotos, Fake-Profile) „schnell einen Workshop“ wollen. Externe Anbieter gibt es viele, die Qualität ist sehr unterschiedlich, und nach einem Vormittag ist das Thema oft wieder vergessen.

Meine Fragen an euch:

- Setzt ihr auf **externe Workshops**, auf **geschulte Schulsozialarbeit** oder auf Peer-Ansätze wie Medienscouts?
- Gibt es bei euch **Qualitätskriterien** für Anbieter?
- Wie bindet ihr die **Eltern** ein? Elternabende zum Thema sind bei uns notorisch schlecht besucht.`,
    replies: [
      {
        authorKey: 'sabine',
        hoursAfter: 9,
        body: `Wir fördern über den KPR nur noch Angebote, die **mehrteilig** sind und eine Komponente für Lehrkräfte oder Schulsozialarbeit haben. Einmal-Workshops ohne Anbindung an die Schule finanzieren wir nicht mehr.

Für Anbieter haben wir eine kurze Checkliste, angelehnt an die **Beccaria-Standards**: Welches Problem, welche Ziele, welche Zielgruppe, welches Konzept, und wie wird überprüft, ob es etwas gebracht hat?`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 30,
        body: `Sehr gute Erfahrungen haben wir mit **Peer-Ansätzen** gemacht: Ältere Schülerinnen und Schüler werden als Medienscouts ausgebildet und sind Ansprechpersonen für Jüngere. Das wirkt länger als jeder Workshop.

Bei den Eltern hat es geholfen, das Thema in Elternabende einzubauen, zu denen sie ohnehin kommen – etwa beim Übergang in die weiterführende Schule –, statt eigene Themenabende anzubieten.`,
      },
      {
        authorKey: 'nadine',
        hoursAfter: 50,
        body: `Ein Aspekt, der oft fehlt: **bildbasierte sexualisierte Gewalt**, also das Weiterleiten intimer Bilder ohne Einverständnis. Das betrifft überwiegend Mädchen, und viele Workshops behandeln es gar nicht oder nur am Rand.

Die Fachberatungsstellen haben dazu gute Materialien und bieten teilweise auch Fortbildungen für Schulsozialarbeit an. Das würde ich in eure Qualitätskriterien mit aufnehmen.`,
      },
    ],
  },

  // ── Evaluation & Wirkungsmessung ───────────────────────────────────────────
  {
    categorySlug: 'evaluation-wirkungsmessung',
    authorKey: 'admin',
    daysAgo: 36.4,
    title: 'Beccaria-Standards im Alltag – wer arbeitet wirklich damit?',
    body: `Liebe Kolleginnen und Kollegen,

in vielen Förderrichtlinien steht inzwischen, dass Projekte sich an den **Beccaria-Standards** orientieren sollen – also an den Arbeitsschritten von der Problembeschreibung über Ziele, Maßnahmen und Umsetzung bis zur Überprüfung der Zielerreichung. In Gesprächen mit Mitgliedsstädten höre ich aber oft: „Steht im Antrag, wird aber nicht gelebt.“

Deshalb meine Fragen in die Runde:

- Wo habt ihr die Standards **tatsächlich im Alltag** verankert?
- Welches **Mindestmaß an Evaluation** haltet ihr für realistisch, wenn es für ein Projekt nur 10.000 bis 20.000 € gibt?
- Hilft euch die Arbeitshilfe auf [beccaria.de](https://www.beccaria.de), oder bräuchte es etwas Kürzeres?`,
    replies: [
      {
        authorKey: 'moderator2',
        hoursAfter: 5,
        body: `Bei uns ist ein **einseitiges Logikmodell** Pflicht für jeden Antrag: Ausgangsproblem, Zielgruppe, Maßnahmen, erwartete Wirkungen, zwei bis drei Indikatoren. Das ist im Kern Beccaria, nur kurz. Von kleinen Projekten verlangen wir keine Wirkungsevaluation, sondern eine saubere **Umsetzungsdokumentation**.

So stufen wir ab:

| Projektvolumen | Mindestanforderung |
|---|---|
| bis 10.000 € | Logikmodell + Umsetzungsdokumentation |
| 10.000 bis 50.000 € | zusätzlich Vorher-nachher-Befragung der Zielgruppe |
| über 50.000 € | externe Evaluation, ca. 5–10 % des Budgets |`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 20,
        body: `Die Tabelle ist gut, so ähnlich machen wir es auch. Ich würde ergänzen: **Ziele vor Projektstart schriftlich festhalten** und vom Gremium bestätigen lassen. Sonst werden sie hinterher an das angepasst, was erreicht wurde.

Klingt banal, ist aber der häufigste Fehler, den ich in Abschlussberichten sehe – und der Grund, warum viele Berichte am Ende nichts aussagen.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 70,
        body: `Zur Frage nach der Arbeitshilfe: Die ausführliche Fassung nutzen wir für Schulungen neuer Projektträger, für den Alltag haben wir eine **zweiseitige Kurzversion** mit Leitfragen zu jedem Schritt gebaut. Die Träger nutzen sie erstaunlich gern, weil sie gleichzeitig als Gliederung für den Antrag dient.

Gern stelle ich sie dem Netzwerk zur Verfügung, Katrin.`,
      },
      {
        authorKey: 'admin',
        hoursAfter: 76,
        body: `Vielen Dank euch allen! Aylins Tabelle und Sabines Kurzversion würden wir gern in die Materialsammlung des Netzwerks aufnehmen – ich melde mich bei euch beiden.

Henriks Hinweis zu den Zielen vor Projektstart nehmen wir in unsere nächste Schulung für Geschäftsstellen auf. Vielleicht lässt sich daraus ein gemeinsames Mindestformat für alle Mitgliedsstädte entwickeln.`,
      },
    ],
  },

  // ── Kommunale Präventionsgremien ───────────────────────────────────────────
  {
    categorySlug: 'praeventionsgremien',
    authorKey: 'sabine',
    daysAgo: 52.3,
    title: 'Größe und Arbeitsweise eures Kriminalpräventiven Rats',
    body: `Unser Kriminalpräventiver Rat ist über die Jahre auf **über 40 Mitglieder** angewachsen. Die Plenumssitzungen sind inzwischen eher Informationsveranstaltungen, echte Diskussionen finden kaum statt. Wir überlegen eine Reform.

Mich würde interessieren:

- Wie groß ist euer Gremium, und wer führt den **Vorsitz** (Oberbürgermeisterin, Dezernent, Polizeipräsidentin)?
- Arbeitet ihr mit **Arbeitsgruppen** oder Fachkommissionen, und wie sind die mit dem Plenum verbunden?
- Habt ihr eine **Geschäftsordnung**, und wie viel Personal hat eure Geschäftsstelle?

Ein kurzer Überblick in Tabellenform wäre toll, dann kann ich das direkt der Steuerungsgruppe vorlegen.`,
    replies: [
      {
        authorKey: 'moderator',
        hoursAfter: 22,
        body: `Gern, bei uns in Kürze:

| Merkmal | Unsere Lösung |
|---|---|
| Plenum | ca. 25 Mitglieder, tagt zweimal im Jahr |
| Vorsitz | Oberbürgermeister, vertreten durch den Ordnungsbeigeordneten |
| Arbeitsebene | vier Arbeitsgruppen, u. a. Jugend und öffentlicher Raum |
| Geschäftsstelle | 2,5 Stellen im Ordnungsdezernat |
| Geschäftsordnung | ja, vom Stadtrat beschlossen |

Der Trick: Die AG-Sprecherinnen und -Sprecher bilden mit der Geschäftsstelle eine **Lenkungsrunde**, die das Plenum vorbereitet. Das Plenum entscheidet dann nur noch über wenige, gut vorbereitete Punkte.`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 30,
        body: `Wir arbeiten mit einem kleinen Vorstand und themenbezogenen Arbeitskreisen, die auch externe Fachleute aufnehmen können.

Mein Rat für eure Reform: Trennt klar zwischen **Entscheidungsgremium** und **Netzwerkveranstaltung**. Viele Mitglieder wollen vor allem informiert werden und sich austauschen – dafür reicht eine jährliche Präventionskonferenz. Das eigentliche Gremium kann dann kleiner werden, ohne dass sich jemand ausgeschlossen fühlt.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 49,
        body: `Aus Polizeisicht noch: Achtet darauf, dass die Polizei nicht nur mit der Behördenleitung im Plenum sitzt, sondern auch auf **Arbeitsebene** vertreten ist. Eine Verbindungsbeamtenfunktion, wie ich sie habe, ist genau dafür gedacht – sie macht vieles schneller, weil nicht jede Frage über den Dienstweg laufen muss.`,
      },
      {
        authorKey: 'sabine',
        hoursAfter: 75,
        body: `Danke, das gibt mir genau die Argumente, die ich brauche. Die Trennung zwischen kleinem Entscheidungsgremium und jährlicher Präventionskonferenz wird wohl unser Kernvorschlag, ergänzt um eine Lenkungsrunde nach Leipziger Vorbild. Franks Hinweis zur Arbeitsebene nehme ich ebenfalls auf – bei uns sitzt die Polizei bisher nur mit der Behördenleitung im Plenum. Ich berichte, wie die Steuerungsgruppe reagiert.`,
      },
    ],
  },

  // ── Öffentlicher Raum & Ordnung ────────────────────────────────────────────
  {
    categorySlug: 'oeffentlicher-raum-ordnung',
    authorKey: 'frank',
    daysAgo: 19.7,
    title: 'Waffenverbotszone – hat jemand die Wirkung evaluiert?',
    body: `Nach mehreren Messerangriffen wird in unserer Stadtpolitik die Forderung nach einer **Waffenverbotszone** in der Innenstadt laut. Die Polizei ist grundsätzlich offen, ich persönlich bin aber skeptisch, ob eine Zone mehr bewirkt als ein gutes Gefühl.

Fragen an Städte mit Erfahrung:

1. Gibt es eine **Evaluation**, die über „Anzahl Kontrollen / Anzahl sichergestellter Messer“ hinausgeht?
2. Wie habt ihr **Beschilderung** und Information gelöst – auch mehrsprachig?
3. Gab es **Kritik** wegen anlassloser Kontrollen und möglichem Racial Profiling, und wie seid ihr damit umgegangen?`,
    replies: [
      {
        authorKey: 'moderator',
        hoursAfter: 6,
        body: `Ehrlicherweise: Eine belastbare Wirkungsevaluation kenne ich aus unserer Praxis nicht. Die Zahlen, die öffentlich berichtet werden, sind meist **Kontroll- und Sicherstellungszahlen** – die sagen vor allem etwas über die Kontrollintensität aus.

Was bei uns auffiel: Die Diskussion um eine Zone hat die Debatte über das Viertel stark auf Gewalt verengt, obwohl die Anwohnenden in Befragungen ganz andere Sorgen nannten (Müll, Verkehr, Mieten).`,
      },
      {
        authorKey: 'henrik',
        hoursAfter: 10,
        body: `Wenn ihr es macht, dann bitte **mit Evaluationsdesign von Anfang an**:

- Vorher-Messung der Gewaltdelikte mit Messern, auch in angrenzenden Straßen (Verdrängung),
- Befragung zum Sicherheitsgefühl vorher und nachher,
- Befristung mit verbindlicher Überprüfung.

Dann ist eine spätere Entscheidung über Verlängerung oder Aufhebung auf einer sachlichen Grundlage möglich – und nicht nur nach Stimmungslage.`,
      },
      {
        authorKey: 'tobias',
        hoursAfter: 27,
        body: `Aus der Streetwork: Viele Jugendliche tragen Messer, weil sie Angst haben oder weil es in ihrem Umfeld als „normal“ gilt. Ein Verbot erreicht genau diese Motive nicht.

Wir haben gute Erfahrungen mit **Anti-Gewalt-Workshops** und offenen Gesprächen über das Mitführen von Messern gemacht – ergänzend, nicht als Ersatz. Und: Kontrollen, die sich immer gegen dieselben Gruppen richten, zerstören das Vertrauen, das wir mühsam aufbauen.`,
      },
      {
        authorKey: 'frank',
        hoursAfter: 55,
        body: `Danke – das bestätigt meine Skepsis, gibt mir aber auch konstruktive Punkte für die Diskussion. Ich werde vorschlagen, dass es, wenn überhaupt, eine **befristete Zone mit Evaluationsdesign** gibt, begleitet von Präventionsangeboten für Jugendliche und einer Schulung der Einsatzkräfte zu diskriminierungsfreien Kontrollen.

Tobias, dürfte ich euer Workshopkonzept intern weitergeben?`,
      },
    ],
  },
];
