import type { DemoCategory } from './types.ts';

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
