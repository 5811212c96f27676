import type { DocumentType, Locale } from '@praxisnetz/shared';
import { demoUsers } from './demo-content.ts';
import { type Cell, type FileMeta, barChartPng, csvFile, docxFile, odpFile, odsFile, odtFile, pdfFile, pptxFile, xlsxFile } from './sample-files/index.ts';

/**
 * The demo library: documents of the network's member cities, built as real files when the demo
 * is seeded. Persons are the fictional demo accounts; districts are generic names (Nordstadt,
 * Bahnhofsquartier …) and all figures are invented, which every file says at its end, so that no
 * real neighbourhood is tied to made-up numbers.
 */
export interface DemoDocument {
  key: string;
  title: string;
  description: string;
  type: DocumentType;
  /** a key of demoUsers */
  ownerKey: string;
  citySlug: string;
  year: number;
  language: Locale;
  /** category slugs of demoCategories */
  topics: string[];
  visibility: 'members' | 'public' | 'group';
  /** with visibility 'group': the key of the demo working group that reads it (demo-groups.ts) */
  groupKey?: string;
  filename: string;
  daysAgo: number;
  /** the title of a demo thread whose opening post gets this document attached */
  linkedThreadTitle?: string;
  build(): Promise<Uint8Array>;
}

const NOTE = {
  de: 'Hinweis: Beispieldokument der Praxisnetz-Demo. Personen, Stadtteile und Zahlen sind fiktiv.',
  en: 'Note: sample document of the Praxisnetz demo. People, districts and figures are fictitious.',
  fr: 'Remarque : document d’exemple de la démo Praxisnetz. Personnes, quartiers et chiffres sont fictifs.',
};

function meta(ownerKey: string, language: string, date: string): FileMeta {
  const owner = demoUsers.find((u) => u.key === ownerKey);
  if (!owner) throw new Error(`no demo user ${ownerKey}`);
  return { author: owner.displayName, language, date: new Date(`${date}T09:00:00Z`) };
}

const tick = '☐';
const options = (...labels: string[]) => labels.map((l) => `${tick} ${l}`).join('    ');
const SAFETY_SCALE = options('sehr sicher', 'eher sicher', 'eher unsicher', 'sehr unsicher', 'weiß nicht');

/** The survey's second wave per district: the table and the chart show the same figures. */
const surveyDistricts: [district: string, respondents: number, response: number, safe: number, victim: number, avoid: number][] = [
  ['Innenstadt', 612, 28.4, 52, 17.8, 41],
  ['Bahnhofsquartier', 389, 24.1, 38, 21.3, 55],
  ['Nordstadt', 544, 30.2, 57, 13.9, 36],
  ['Hafenviertel', 301, 22.7, 44, 16.2, 47],
  ['Weststadt', 578, 33.5, 71, 9.4, 22],
  ['Oststadt', 497, 31.8, 68, 10.1, 25],
  ['Gartenstadt', 463, 36.9, 79, 7.2, 17],
  ['Südstadt', 521, 32.6, 66, 11.5, 28],
];
const SURVEY_TOTAL: [number, number, number, number, number] = [3905, 31.0, 61, 12.8, 32];

export const demoDocuments: DemoDocument[] = [
  {
    key: 'audit-nordstadt',
    title: 'Sicherheitsaudit Nordstadt 2024 – Ergebnisbericht',
    description:
      'Ergebnisbericht des Sicherheitsaudits im Sanierungsgebiet Nordstadt: Begehungen zu drei Tageszeiten, eine Passantenbefragung und die Auswertung von Beschwerden und Polizeidaten. Der Bericht benennt sechs Angsträume, bewertet die Beleuchtung und schlägt ein Maßnahmenpaket mit Prioritäten und Kostenrahmen vor.',
    type: 'safety_audit',
    ownerKey: 'lena',
    citySlug: 'karlsruhe',
    year: 2024,
    language: 'de',
    topics: ['staedtebauliche-kriminalpraevention', 'sicherheitsanalysen-befragungen'],
    visibility: 'public',
    filename: 'Sicherheitsaudit_Nordstadt_2024.pdf',
    daysAgo: 41,
    linkedThreadTitle: 'Angstraum Fußgängerunterführung – was hat bei euch wirklich geholfen?',
    build: () =>
      pdfFile(
        'Sicherheitsaudit Nordstadt 2024 – Ergebnisbericht',
        [
          'Stadtplanungsamt · Arbeitsgruppe Städtebauliche Kriminalprävention · Stand: Oktober 2024',
          { heading: '1. Anlass und Auftrag' },
          'Im Rahmen der vorbereitenden Untersuchungen für das Sanierungsgebiet Nordstadt hat der Planungsausschuss die Verwaltung beauftragt, die Sicherheitslage und das Sicherheitsempfinden im Gebiet systematisch zu erheben. Das Audit soll belastbare Grundlagen für die Maßnahmenplanung im Städtebauförderprogramm liefern und zeigen, wo bauliche Veränderungen, Pflege und soziale Angebote zusammenwirken müssen.',
          'Leitend war die Unterscheidung zwischen objektiver Kriminalitätsbelastung und subjektivem Sicherheitsgefühl. Beides fällt in der Nordstadt auseinander: Die polizeilich registrierten Straftaten liegen je 1.000 Einwohnerinnen und Einwohner knapp unter dem städtischen Durchschnitt, das Sicherheitsgefühl dagegen deutlich darunter.',
          { heading: '2. Vorgehen' },
          'Das Audit kombiniert vier Zugänge: (a) die Auswertung der Polizeilichen Kriminalstatistik 2021–2023 auf Ebene der Straßenabschnitte, (b) 318 Beschwerden und Meldungen beim Ordnungsamt und im Mängelmelder, (c) drei Sicherheitsbegehungen – tagsüber, in der Dämmerung und nach 22 Uhr – mit insgesamt 46 Teilnehmenden aus Bewohnerschaft, Seniorenbeirat, Jugendzentrum, Frauenberatungsstelle, Polizei, Kommunalem Ordnungsdienst und Stadtwerken, sowie (d) eine Passantenbefragung an fünf Standorten mit 412 Interviews.',
          'Die Begehungen folgten einem gemeinsamen Erhebungsbogen mit den Kriterien Sichtbarkeit, Beleuchtung, Orientierung, Belebung, Pflegezustand und Erreichbarkeit von Hilfe. Jede Station wurde von den Teilnehmenden auf einer Skala von 1 (unbedenklich) bis 4 (Angstraum) bewertet.',
          { heading: '3. Befragungsergebnisse' },
          'Auf die Standardfrage „Wie sicher fühlen Sie sich, wenn Sie nachts allein in der Nordstadt unterwegs sind?“ antworteten 58 % mit „sehr sicher“ oder „eher sicher“; in der gesamtstädtischen Bürgerumfrage 2023 waren es 71 %. Frauen fühlen sich mit 47 % deutlich seltener sicher als Männer mit 69 %, Menschen ab 65 Jahren nur zu 41 %.',
          'Nach Teilräumen: Quartier am Bahndamm 44 %, Zentrum Nordstadt am Marktplatz 63 %, Wohnsiedlung Am Grünzug 52 %, Gewerbeband Nord 39 %, Schulcampus 66 %. Jede dritte befragte Person (34 %) meidet abends mindestens einen Ort im Gebiet, am häufigsten die Unterführung am Bahndamm und den Parkplatz am Nordbad.',
          'Als Gründe für Unsicherheit wurden genannt (Mehrfachnennungen): schlechte oder ausgefallene Beleuchtung 54 %, Gruppen, die sich mit Alkohol im öffentlichen Raum aufhalten 37 %, Vermüllung und Vandalismus 33 %, schlecht einsehbare Wege 29 %, fehlende Menschen auf der Straße 24 %.',
          { heading: '4. Angsträume' },
          'A1 Fußgängerunterführung Bahndamm: 40 m lang, 2,80 m hoch, gemessene Beleuchtungsstärke 8 bis 15 lx, zwei von zwölf Leuchten defekt. Der Ausgang ist vom Eingang aus nicht einsehbar; Wände großflächig beschmiert. 61 % der dort Befragten fühlen sich abends unsicher. Bewertung der Begehungen: 3,7.',
          'A2 Parkplatz am Nordbad: unbeleuchtete Randbereiche, hohe Hecken zur Straße, kein Fußweg zum Bad. Nach Schließung des Bades kaum soziale Kontrolle. Bewertung: 3,2.',
          'A3 Weg im Grünzug: dichte Strauchpflanzung bis an den Wegrand, Sichtbeziehungen alle 30 bis 50 m unterbrochen, keine Wegebeleuchtung. Tagsüber beliebt, nach Einbruch der Dunkelheit fast leer. Bewertung: 3,1.',
          'A4 Haltestelle Nordstadt-Mitte: Wartehalle an drei Seiten mit Werbung beklebt, dadurch von der Straße aus nicht einsehbar; Fahrgastinformation ohne Notrufhinweis. Bewertung: 2,8.',
          'A5 Hofdurchgang Lindenstraße: schmaler, verwinkelter Durchgang zwischen zwei Wohnblöcken, als Abkürzung zum Supermarkt genutzt; Bewegungsmelderleuchte reagiert verzögert. Bewertung: 2,7.',
          'A6 Schulweg am Gewerbeband: Gehweg ohne eigene Beleuchtung entlang fensterloser Hallenfassaden; im Winter auf dem Schulweg morgens dunkel. Bewertung: 2,9.',
          { heading: '5. Beleuchtung' },
          'Die Messungen zeigen weniger ein Problem der Helligkeit als der Gleichmäßigkeit: Sehr helle Bereiche wechseln mit dunklen Zonen, in denen Gesichter auf zehn Meter Entfernung nicht mehr zu erkennen sind. Wir empfehlen gleichmäßige, blendfreie LED-Beleuchtung in warmweißer Lichtfarbe (höchstens 3.000 K), abgestimmt mit dem Naturschutz, und einen verbindlichen Reparaturstandard: Ausfälle werden innerhalb von 48 Stunden behoben.',
          { heading: '6. Empfehlungen und Prioritäten' },
          'Sofort (2024/25): Erneuerung der Beleuchtung in der Unterführung A1 (ca. 45.000 €), Reinigungsintervall dort verdoppeln; Rückschnitt der Strauchpflanzung im Grünzug A3 auf Kniehöhe entlang der Wege; Werbeflächen an der Wartehalle A4 auf eine Seite reduzieren.',
          'Mittelfristig (2025/26): Wandgestaltung der Unterführung gemeinsam mit Jugendlichen aus dem Jugendzentrum (ca. 15.000 €), Fußweg und Beleuchtung am Parkplatz A2, Beleuchtung des Schulwegs A6 in Abstimmung mit den anliegenden Betrieben.',
          'Langfristig: Neuordnung der Bahndammquerung im Rahmenplan, Belebung der Erdgeschosse am Marktplatz, Prüfung eines Quartiershausmeisters als feste Ansprechperson.',
          { heading: '7. Beteiligung und Verstetigung' },
          'Die Ergebnisse wurden im Stadtteilforum im September 2024 vorgestellt und dort um zwei Orte ergänzt. Der Kommunale Präventionsrat begleitet die Umsetzung; eine Nachbefragung an denselben Standorten ist für Herbst 2025 geplant, damit sich die Wirkung der Maßnahmen am Sicherheitsgefühl ablesen lässt.',
          NOTE.de,
        ],
        meta('lena', 'de-DE', '2024-10-14'),
      ),
  },
  {
    key: 'questionnaire-survey',
    title: 'Fragebogen Bürgerbefragung „Sicherheit und Zusammenleben“ 2025 (2. Welle)',
    description:
      'Der vollständige Fragebogen der zweiten Befragungswelle, schriftlich und online, mit Fragen zu Sicherheitsgefühl, Opfererfahrungen, Vermeideverhalten und Vertrauen in Stadt und Polizei. Die Kernfragen sind wie in gängigen Dunkelfeldbefragungen formuliert, damit die Ergebnisse vergleichbar bleiben. Zur freien Nachnutzung in anderen Mitgliedsstädten.',
    type: 'questionnaire',
    ownerKey: 'moderator2',
    citySlug: 'mannheim',
    year: 2025,
    language: 'de',
    topics: ['sicherheitsanalysen-befragungen'],
    visibility: 'members',
    filename: 'Fragebogen_Sicherheitsgefühl_Bürgerbefragung_2025.docx',
    daysAgo: 3,
    linkedThreadTitle: 'Dunkelfeldbefragung zum Sicherheitsgefühl – Stichprobe, Rücklauf, Kosten?',
    build: async () =>
      docxFile(
        'Bürgerbefragung 2025: Sicherheit und Zusammenleben in Ihrem Stadtteil',
        [
          'Sehr geehrte Damen und Herren,\nSie gehören zu 10.000 zufällig aus dem Melderegister ausgewählten Personen ab 16 Jahren. Mit Ihren Antworten helfen Sie uns, Prävention dort zu verstärken, wo sie gebraucht wird. Die Teilnahme ist freiwillig und anonym; Ihre Angaben werden ausschließlich statistisch ausgewertet. Das Ausfüllen dauert etwa 15 Minuten. Sie können auch online antworten – Ihren Zugangscode finden Sie im Anschreiben.',
          { heading: 'A. Ihr Stadtteil' },
          'A1. In welchem Stadtbezirk wohnen Sie?\n' + options('Innenstadt', 'Bahnhofsquartier', 'Nordstadt', 'Hafenviertel', 'Weststadt', 'Oststadt', 'Gartenstadt', 'Südstadt'),
          'A2. Wie lange wohnen Sie schon in diesem Stadtteil?\n' + options('weniger als 2 Jahre', '2 bis 10 Jahre', 'mehr als 10 Jahre'),
          'A3. Wie gern leben Sie in Ihrem Stadtteil?\n' + options('sehr gern', 'eher gern', 'eher ungern', 'sehr ungern'),
          { heading: 'B. Sicherheitsgefühl' },
          'B1. Wie sicher fühlen Sie sich, wenn Sie tagsüber allein in Ihrer Wohngegend unterwegs sind?\n' + SAFETY_SCALE,
          'B2. Wie sicher fühlen Sie sich, wenn Sie nachts allein in Ihrer Wohngegend unterwegs sind?\n' + SAFETY_SCALE,
          'B3. Gibt es in Ihrem Stadtteil Orte, die Sie abends oder nachts meiden?\n' + options('ja', 'nein') + '\nWenn ja: Welche Orte sind das, und warum? (bitte in eigenen Worten)',
          'B4. Wie stark beunruhigt Sie, dass Sie selbst Opfer folgender Taten werden könnten? (Einbruch in die Wohnung, Diebstahl, Belästigung, körperlicher Angriff, Betrug am Telefon oder im Internet)\n' + options('gar nicht', 'wenig', 'ziemlich', 'sehr'),
          'B5. Welche der folgenden Dinge stören Sie in Ihrem Stadtteil? (Mehrfachnennungen möglich)\n' + options('Müll und Verschmutzung', 'schlechte Beleuchtung', 'Lärm', 'Gruppen, die Alkohol trinken', 'Drogenhandel', 'Rücksichtsloses Fahren', 'Beschädigungen und Graffiti'),
          { heading: 'C. Erfahrungen in den letzten zwölf Monaten' },
          'C1. Ist Ihnen in den letzten zwölf Monaten in dieser Stadt Folgendes passiert? (jeweils ja / nein): Diebstahl eines Fahrrads; Diebstahl anderer persönlicher Gegenstände; Einbruch oder Einbruchsversuch in Ihre Wohnung; Beschädigung Ihres Eigentums; Bedrohung; körperlicher Angriff; sexuelle Belästigung; Betrug im Internet oder am Telefon.',
          'C2. Falls ja: Haben Sie die letzte dieser Taten bei der Polizei angezeigt?\n' + options('ja', 'nein', 'weiß nicht mehr') + '\nWenn nein: Warum nicht? (Mehrfachnennungen möglich)\n' + options('zu geringfügig', 'bringt ohnehin nichts', 'selbst geregelt', 'Angst vor Folgen', 'anderer Grund'),
          { heading: 'D. Vertrauen und Beteiligung' },
          'D1. Wie sehr vertrauen Sie den folgenden Einrichtungen? (Polizei, Kommunaler Ordnungsdienst, Stadtverwaltung, Sozialarbeit im Stadtteil)\n' + options('voll und ganz', 'eher', 'eher nicht', 'gar nicht'),
          'D2. Würden Sie sich an einer Sicherheitsbegehung oder einem Stadtteilgespräch zur Sicherheit beteiligen?\n' + options('ja', 'vielleicht', 'nein'),
          'D3. Was sollte die Stadt aus Ihrer Sicht vorrangig tun, damit Sie sich in Ihrem Stadtteil sicherer fühlen? (bitte in eigenen Worten)',
          { heading: 'E. Angaben zu Ihrer Person' },
          'E1. Alter: ' + options('16–24', '25–44', '45–64', '65–79', '80 und älter') + '\nE2. Geschlecht: ' + options('weiblich', 'männlich', 'divers', 'keine Angabe') + '\nE3. Leben Kinder unter 14 Jahren in Ihrem Haushalt? ' + options('ja', 'nein'),
          'Vielen Dank für Ihre Teilnahme! Bitte senden Sie den Bogen im beiliegenden Rückumschlag bis zum 30. Juni zurück. Die Ergebnisse veröffentlichen wir im Herbst auf der Internetseite der Stadt und stellen sie in allen Bezirksbeiräten vor.',
          NOTE.de,
        ],
        meta('moderator2', 'de-DE', '2025-04-02'),
      ),
  },
  {
    key: 'survey-results-table',
    title: 'Bürgerbefragung 2025 – Ergebnisse nach Stadtbezirken (Tabelle)',
    description:
      'Kennzahlen der zweiten Befragungswelle je Stadtbezirk: Zahl der Befragten, Rücklauf, Anteil der Menschen, die sich nachts sicher fühlen, Opfererfahrungen in den letzten zwölf Monaten und Vermeideverhalten. Gewichtete Werte; Grundlage für die Bezirksberichte und den Präventionsrat.',
    type: 'safety_audit',
    ownerKey: 'moderator2',
    citySlug: 'mannheim',
    year: 2025,
    language: 'de',
    topics: ['sicherheitsanalysen-befragungen', 'evaluation-wirkungsmessung'],
    visibility: 'members',
    filename: 'Bürgerbefragung_2025_Ergebnisse_Stadtbezirke.xlsx',
    daysAgo: 18,
    build: async () => {
      const rows: Cell[][] = [
        ['Stadtbezirk', 'Befragte (n)', 'Rücklauf (%)', 'nachts sehr/eher sicher (%)', 'Opfererfahrung 12 Monate (%)', 'meidet Orte abends (%)'],
        ...surveyDistricts.map((row): Cell[] => [...row]),
        ['Gesamtstadt', ...SURVEY_TOTAL],
        [],
        ['Gewichtet nach Alter und Geschlecht; Bruttostichprobe 10.000, Feldzeit April bis Juni 2025.'],
        [NOTE.de],
      ];
      return xlsxFile('Stadtbezirke 2025', rows, meta('moderator2', 'de-DE', '2025-10-20'));
    },
  },
  {
    key: 'survey-results-chart',
    title: 'Diagramm: Sicherheitsgefühl nachts nach Stadtbezirk (Bürgerbefragung 2025)',
    description:
      'Säulendiagramm für Präsentationen: Anteil der Befragten, die sich nachts allein in ihrer Wohngegend sehr oder eher sicher fühlen. Von links nach rechts: Innenstadt 52 %, Bahnhofsquartier 38 %, Nordstadt 57 %, Hafenviertel 44 %, Weststadt 71 %, Oststadt 68 %, Gartenstadt 79 %, Südstadt 66 % (Gesamtstadt 61 %).',
    type: 'other',
    ownerKey: 'moderator2',
    citySlug: 'mannheim',
    year: 2025,
    language: 'de',
    topics: ['sicherheitsanalysen-befragungen'],
    visibility: 'members',
    filename: 'Diagramm_Sicherheitsgefühl_nachts_2025.png',
    daysAgo: 17,
    build: async () => barChartPng(surveyDistricts.map(([, , , safe]) => safe), { width: 800, height: 450 }),
  },
  {
    key: 'survey-age-gender-csv',
    title: 'Sicherheitsgefühl nach Alter und Geschlecht – Tabellenauszug Bürgerumfrage 2024',
    description:
      'Auszug aus der Bürgerumfrage 2024 als CSV zum Weiterrechnen: Sicherheitsgefühl tagsüber und nachts sowie die Sorge vor Betrug am Telefon, aufgeschlüsselt nach Altersgruppe und Geschlecht. Besonders auffällig ist die Sorge vor Schockanrufen bei den über 80-Jährigen.',
    type: 'other',
    ownerKey: 'henrik',
    citySlug: 'stuttgart',
    year: 2024,
    language: 'de',
    topics: ['sicherheitsanalysen-befragungen', 'seniorensicherheit-betrug'],
    visibility: 'members',
    filename: 'Bürgerumfrage_2024_Sicherheitsgefühl_Alter_Geschlecht.csv',
    daysAgo: 96,
    build: async () =>
      csvFile(
        [
          ['Altersgruppe', 'Geschlecht', 'Befragte', 'tagsüber sicher (%)', 'nachts sicher (%)', 'Sorge vor Telefonbetrug (%)'],
          ['16–24', 'weiblich', 212, 88.2, 51.4, 12.1],
          ['16–24', 'männlich', 198, 93.6, 74.8, 9.6],
          ['25–44', 'weiblich', 486, 90.1, 55.3, 14.8],
          ['25–44', 'männlich', 455, 94.3, 76.2, 11.0],
          ['45–64', 'weiblich', 604, 89.4, 53.9, 22.5],
          ['45–64', 'männlich', 571, 92.8, 72.4, 18.3],
          ['65–79', 'weiblich', 389, 84.7, 41.2, 38.9],
          ['65–79', 'männlich', 352, 90.5, 63.0, 31.4],
          ['80+', 'weiblich', 143, 76.9, 29.4, 52.6],
          ['80+', 'männlich', 97, 85.6, 48.5, 44.3],
          ['Gesamt', '', 3507, 89.8, 59.7, 22.9],
          [NOTE.de, '', null, null, null, null],
        ],
        { separator: ';' },
      ),
  },
  {
    key: 'bank-cooperation-ods',
    title: 'Kooperation mit Banken gegen Schockanrufe – Monitoring 2023–2025',
    description:
      'Quartalszahlen aus der Kooperation der Kommunalen Kriminalprävention mit Banken und Sparkassen: geschulte Beschäftigte, Verdachtsmeldungen am Schalter, verhinderte Auszahlungen und die dabei abgewendete Schadenssumme. Die Tabelle dient als Grundlage für die jährliche Bilanz im Präventionsrat.',
    type: 'evaluation',
    ownerKey: 'henrik',
    citySlug: 'stuttgart',
    year: 2025,
    language: 'de',
    topics: ['seniorensicherheit-betrug', 'evaluation-wirkungsmessung'],
    visibility: 'members',
    filename: 'Monitoring_Bankenkooperation_Schockanrufe_2023-2025.ods',
    daysAgo: 12,
    build: async () => {
      const quarters: Cell[][] = [
        ['2023 Q3', 2, 38, 11, 4, 61500],
        ['2023 Q4', 5, 112, 19, 7, 104000],
        ['2024 Q1', 7, 74, 24, 11, 187300],
        ['2024 Q2', 9, 51, 27, 12, 143900],
        ['2024 Q3', 11, 66, 31, 15, 221000],
        ['2024 Q4', 12, 45, 29, 13, 176400],
        ['2025 Q1', 14, 58, 35, 18, 268750],
        ['2025 Q2', 14, 40, 33, 16, 199200],
      ];
      return odsFile(
        'Monitoring',
        [
          ['Quartal', 'beteiligte Institute', 'geschulte Beschäftigte', 'Verdachtsmeldungen am Schalter', 'verhinderte Auszahlungen', 'abgewendeter Schaden (€)'],
          ...quarters,
          [],
          ['Quelle: Meldungen der Institute an die Geschäftsstelle; Schadenssumme nach Angaben der Institute.'],
          [NOTE.de],
        ],
        meta('henrik', 'de-DE', '2025-07-15'),
      );
    },
  },
  {
    key: 'kpr-annual-report-slides',
    title: 'Kriminalpräventiver Rat – Jahresbericht 2024 (Vortrag im Ausschuss)',
    description:
      'Folien zum Jahresbericht des Kriminalpräventiven Rats im Ausschuss für öffentliche Ordnung: Struktur nach der Reform, Arbeitsgruppen, Schwerpunkte und Ergebnisse 2024 sowie der Ausblick auf 2025. Zeigt, wie ein verkleinertes Plenum mit themenbezogenen Arbeitsgruppen arbeitet.',
    type: 'presentation',
    ownerKey: 'sabine',
    citySlug: 'duesseldorf',
    year: 2024,
    language: 'de',
    topics: ['praeventionsgremien', 'wohnungseinbruch', 'jugenddelinquenz'],
    visibility: 'members',
    filename: 'Präsentation_KPR_Jahresbericht_2024.pptx',
    daysAgo: 120,
    build: async () =>
      pptxFile(
        [
          { title: 'Kriminalpräventiver Rat – Jahresbericht 2024', bullets: ['Ausschuss für öffentliche Ordnung, Sitzung vom 12. März 2025', 'Sabine Krüger, Geschäftsstelle des Kriminalpräventiven Rats'] },
          {
            title: 'Struktur nach der Reform',
            bullets: ['Plenum: 18 statt 42 Mitglieder, Vorsitz Oberbürgermeister', 'Lenkungskreis: Ordnungsamt, Jugendamt, Polizei, Geschäftsstelle', 'Drei Arbeitsgruppen mit Jahresauftrag', 'Geschäftsstelle: 1,5 Stellen, Budget 85.000 €'],
          },
          {
            title: 'Arbeitsgruppen 2024',
            bullets: ['AG Wohnungseinbruch: Beratung für Mieterhaushalte, Tag des Einbruchschutzes', 'AG Jugend: Präventionskette in zwei Stadtteilen, Streetwork am Wochenende', 'AG Öffentlicher Raum: Sicherheitsbegehungen, Beleuchtung, Angsträume'],
          },
          {
            title: 'Ergebnisse 2024',
            bullets: ['1.240 Einbruchschutzberatungen, davon 38 % in Mietwohnungen (2023: 21 %)', '9 Sicherheitsbegehungen mit 214 Teilnehmenden', '6 Angsträume umgestaltet, 4 davon mit Beleuchtung', 'Jugendbefragung in zwei Stadtteilen: Rücklauf 64 %'],
          },
          {
            title: 'Was wir gelernt haben',
            bullets: ['Kleineres Plenum diskutiert wieder – Entscheidungen fallen im Lenkungskreis', 'Arbeitsgruppen brauchen einen klaren Auftrag und ein Enddatum', 'Wohnungsunternehmen sind der Schlüssel zu Mieterhaushalten', 'Wirkung messen wir mit vier Indikatoren statt nur mit der PKS'],
          },
          {
            title: 'Ausblick 2025',
            bullets: ['Nachbefragung in den umgestalteten Angsträumen', 'Neue AG „Gewalt im digitalen Raum“ mit Schulen', 'Beteiligung am europäischen Austausch über Efus', NOTE.de],
          },
        ],
        meta('sabine', 'de-DE', '2025-03-10'),
      ),
  },
  {
    key: 'concept-prevention-council',
    title: 'Konzept: Einen Kommunalen Präventionsrat aufbauen – Muster für Mitgliedsstädte',
    description:
      'Mustergliederung der Geschäftsstelle für Städte, die ein kommunales Präventionsgremium gründen oder neu aufstellen: Ziele, Zusammensetzung, Geschäftsstelle, Arbeitsweise, Beteiligung der Bürgerschaft und Qualitätssicherung nach den Beccaria-Standards. Mit Erfahrungen aus dem Austausch im Netzwerk.',
    type: 'concept',
    ownerKey: 'admin',
    citySlug: 'hannover',
    year: 2025,
    language: 'de',
    topics: ['praeventionsgremien', 'evaluation-wirkungsmessung'],
    visibility: 'public',
    filename: 'Konzept_Kommunaler_Präventionsrat_Muster.odt',
    daysAgo: 64,
    build: async () =>
      odtFile(
        'Konzept: Einen Kommunalen Präventionsrat aufbauen',
        [
          'Geschäftsstelle Praxisnetz · Arbeitspapier für Mitgliedsstädte · Fassung 2025',
          { heading: '1. Warum ein Präventionsrat?' },
          'Kriminalprävention ist eine Querschnittsaufgabe: Stadtplanung, Jugendhilfe, Ordnungsamt, Schulen, Polizei, Wohnungswirtschaft und Zivilgesellschaft tragen jeweils einen Teil bei, aber niemand allein kann die Ursachen von Kriminalität und Unsicherheit bearbeiten. Ein Kommunaler Präventionsrat bündelt diese Akteure, schafft ein gemeinsames Lagebild und verabredet Prioritäten, die über Wahlperioden und Zuständigkeitsgrenzen hinweg tragen.',
          { heading: '2. Ziele' },
          'Der Präventionsrat (a) erstellt und aktualisiert ein kommunales Lagebild aus Polizeidaten, Befragungen und Erfahrungswissen, (b) legt daraus zwei bis vier Schwerpunkte für jeweils zwei Jahre fest, (c) stößt Projekte an, begleitet sie und lässt sie bewerten, und (d) macht Prävention gegenüber Rat und Öffentlichkeit sichtbar.',
          { heading: '3. Zusammensetzung' },
          'Bewährt hat sich ein zweistufiger Aufbau: ein Plenum mit 15 bis 20 Mitgliedern unter Vorsitz der Oberbürgermeisterin oder des Oberbürgermeisters und ein Lenkungskreis aus Ordnungsamt, Jugendamt, Polizei und Geschäftsstelle, der die Sitzungen vorbereitet. Gremien mit 40 und mehr Mitgliedern werden erfahrungsgemäß zu Informationsveranstaltungen, in denen nicht mehr diskutiert wird. Fachliche Arbeit findet in Arbeitsgruppen mit befristetem Auftrag statt.',
          { heading: '4. Geschäftsstelle' },
          'Ohne eine Geschäftsstelle bleibt ein Präventionsrat ein Sitzungsgremium. Wir empfehlen mindestens eine volle Stelle mit sozialwissenschaftlicher oder verwaltungspraktischer Qualifikation, ein eigenes Budget für kleine Projekte und Befragungen sowie die Anbindung an ein Dezernat mit Querschnittsauftrag. Aufgaben: Vorbereitung der Sitzungen, Lagebild, Projektbegleitung, Öffentlichkeitsarbeit, Austausch mit anderen Städten.',
          { heading: '5. Arbeitsweise' },
          'Ein Arbeitszyklus von zwei Jahren hat sich bewährt: Lagebild und Schwerpunktsetzung im ersten Quartal, Arbeitsgruppen mit konkretem Auftrag, Zwischenbericht nach einem Jahr, Bilanz und Neuausrichtung am Ende. Jede Arbeitsgruppe benennt zu Beginn, woran Erfolg erkennbar sein soll.',
          { heading: '6. Beteiligung' },
          'Sicherheitsbegehungen, Stadtteilgespräche und Befragungen bringen die Sicht der Bewohnerinnen und Bewohner ein. Wichtig ist, Gruppen gezielt anzusprechen, die sich seltener äußern: Jugendliche, ältere Menschen, Frauen, Menschen mit Migrationsgeschichte.',
          { heading: '7. Qualität und Wirkung' },
          'Projekte des Präventionsrats orientieren sich an den Beccaria-Standards: Problembeschreibung, Ursachenanalyse, Ziele, Maßnahmen, Umsetzung, Überprüfung und Schlussfolgerungen. Neben der Polizeilichen Kriminalstatistik sollten Indikatoren wie das Sicherheitsgefühl, Beschwerden und die Erreichung der Zielgruppen berichtet werden.',
          NOTE.de,
        ],
        meta('admin', 'de-DE', '2025-09-01'),
      ),
  },
  {
    key: 'cpted-checklist',
    title: 'Checkliste Kriminalprävention in der Bauleitplanung – fünf Leitfragen',
    description:
      'Kurze Checkliste für Wettbewerbe und Bebauungsplanverfahren nach den Prinzipien von CPTED: Sichtbeziehungen, belebte Erdgeschosse, Wegeführung bei Dunkelheit, klare Übergänge zwischen öffentlich und privat, Pflegbarkeit. Abgestimmt zwischen Stadtplanung, Ordnungsamt und Polizeidirektion und als Anlage für Auslobungstexte gedacht.',
    type: 'guideline',
    ownerKey: 'moderator',
    citySlug: 'leipzig',
    year: 2025,
    language: 'de',
    topics: ['staedtebauliche-kriminalpraevention'],
    visibility: 'public',
    filename: 'Checkliste_CPTED_Bauleitplanung.pdf',
    daysAgo: 21,
    linkedThreadTitle: 'CPTED in der Bauleitplanung verankern – wer hat eine Checkliste?',
    build: () =>
      pdfFile(
        'Checkliste: Kriminalprävention in der Bauleitplanung',
        [
          'Fünf Leitfragen für städtebauliche Wettbewerbe und Bebauungspläne – abgestimmt zwischen Stadtplanungsamt, Ordnungsamt und Polizeidirektion. Entwurf zur Diskussion im Praxisnetz.',
          { heading: 'Wozu diese Checkliste?' },
          'Sicherheitsaspekte werden in Planverfahren häufig erst geprüft, wenn Wegeführung, Zufahrten und Grünflächen festgelegt sind. Die Checkliste bringt die Prinzipien der städtebaulichen Kriminalprävention (Crime Prevention Through Environmental Design, CPTED) in die frühe Phase: in Auslobung, Vorprüfung und Jury. Sie ersetzt keine Einzelfallprüfung, sondern stellt sicher, dass die richtigen Fragen rechtzeitig gestellt werden.',
          { heading: '1. Sichtbeziehungen' },
          'Können Menschen auf Wegen, Plätzen und an Eingängen gesehen werden – aus Fenstern, von belebten Orten, von der Straße? Gibt es lange, nicht einsehbare Abschnitte, Nischen oder Sackgassen? Prüfhinweis: Fenster von Aufenthaltsräumen zum öffentlichen Raum, keine blickdichten Pflanzungen über 1 m Höhe an Wegen.',
          { heading: '2. Belebte Erdgeschosse' },
          'Sind die Erdgeschosse an Hauptwegen und Plätzen aktiv genutzt (Läden, Gemeinschaftsräume, Wohnungen mit Eingängen zur Straße) oder bestehen sie aus geschlossenen Fassaden, Garagen und Technikräumen? Prüfhinweis: Anteil aktiver Fassadenlänge an den Hauptwegen.',
          { heading: '3. Wegeführung bei Dunkelheit' },
          'Gibt es für die wichtigsten Verbindungen (Haltestelle, Schule, Nahversorgung) eine direkte, beleuchtete und belebte Route? Sind Alternativen zu Unterführungen und Wegen durch Grünanlagen vorhanden? Prüfhinweis: Nachtroute im Plan kennzeichnen; Beleuchtungskonzept gleichmäßig und blendfrei.',
          { heading: '4. Klare Übergänge zwischen öffentlich und privat' },
          'Ist erkennbar, wem ein Raum gehört und wer für ihn zuständig ist? Gibt es „Niemandsland“ zwischen Gebäuden, das niemand pflegt und niemand nutzt? Prüfhinweis: Vorzonen, Hofbereiche und Tiefgaragenzugänge eindeutig zuordnen; Zugänge zu Tiefgaragen und Fahrradräumen einsehbar und hell.',
          { heading: '5. Pflegbarkeit' },
          'Lassen sich Flächen, Beleuchtung und Ausstattung dauerhaft mit vertretbarem Aufwand pflegen? Wer ist zuständig? Vernachlässigte Orte werden als unsicher erlebt, auch wenn dort objektiv wenig passiert. Prüfhinweis: Pflegekonzept und Zuständigkeiten als Teil der Planung; robuste, leicht zu reinigende Materialien.',
          { heading: 'Verfahren' },
          'Bei Wettbewerben steht ein kurzer Absatz zur Sicherheit im öffentlichen Raum in der Auslobung; die Vorprüfung bewertet jede Arbeit auf einer Seite entlang der fünf Leitfragen. Bei Bebauungsplänen ab 2 ha wird die Kriminalprävention in der frühzeitigen Beteiligung angehört. Zeitbedarf je Verfahren: etwa ein halber bis ein Arbeitstag.',
          NOTE.de,
        ],
        meta('moderator', 'de-DE', '2025-11-03'),
      ),
  },
  {
    key: 'station-district-evaluation',
    title: 'Evaluation of the Station District Outreach and Joint Presence Pilot 2023–2024',
    description:
      'Final evaluation of an 18-month pilot in which street workers, addiction services and the municipal order service worked in joint evening shifts around the main station. The report combines service data, 620 passer-by interviews in two waves and staff focus groups. It finds a clear gain in perceived safety and in referrals to support, and recommends continuing the joint shifts with a shared case conference.',
    type: 'evaluation',
    ownerKey: 'james',
    citySlug: 'frankfurt-am-main',
    year: 2025,
    language: 'en',
    topics: ['bahnhofsviertel', 'evaluation-wirkungsmessung', 'drogen-schadensminderung'],
    visibility: 'public',
    filename: 'Evaluation_Station_District_Outreach_2023-2024.pdf',
    daysAgo: 75,
    build: () =>
      pdfFile(
        'Evaluation of the Station District Outreach and Joint Presence Pilot 2023–2024',
        [
          'Final report · Office for EU-funded prevention projects · June 2025',
          { heading: 'Summary' },
          'Between April 2023 and September 2024 the city ran a pilot in which teams of two street workers, one addiction-services outreach worker and two officers of the municipal order service patrolled the station district together on four evenings a week. The aim was to reduce conflicts in public space, to connect people who use drugs or sleep rough with support services, and to improve how safe residents, commuters and businesses feel.',
          'The pilot reached its main objectives. Referrals to low-threshold services rose from an average of 31 to 58 per month. The share of passers-by who said they felt "very" or "fairly" safe in the district in the evening rose from 34 % to 47 %. Complaints from businesses fell by 22 %, while the number of formal sanctions issued by the order service stayed roughly stable, which suggests that the change was not driven by more enforcement.',
          { heading: 'Method' },
          'The evaluation used a mixed-methods design: monthly service data from all partners; two waves of passer-by interviews at six locations (n = 310 in each wave, spring 2023 and spring 2024); four focus groups with staff; and twelve interviews with residents, shop owners and people using the services. Police recorded crime was analysed as context but not as an outcome measure, because recording depends heavily on police deployment.',
          { heading: 'Findings' },
          'Joint presence works best when roles are visible and distinct. People using drugs approached street workers more readily once they understood that the social workers would not pass on information to enforcement staff. Staff described the first three months as difficult; a joint training day and a written agreement on roles and information sharing resolved most of the friction.',
          'Perceived safety improved most among women (from 27 % to 43 %) and among commuters using the district after 8 p.m. (from 30 % to 45 %). It improved least among residents of the two streets next to the consumption room, where noise and litter remained the main concerns.',
          'Referrals to housing support and medical care increased more than referrals to addiction treatment. The outreach workers attributed this to immediate needs: people first accept help with a place to sleep or a wound that needs care.',
          { heading: 'Recommendations' },
          '1. Continue the joint evening shifts and extend them to Saturday nights. 2. Establish a monthly case conference of social services, addiction services and the order service, with clear data protection rules. 3. Fund an additional cleaning round in the two residential streets. 4. Repeat the passer-by survey every two years with the same questions. 5. Share the role agreement with other member cities through the network.',
          NOTE.en,
        ],
        meta('james', 'en-GB', '2025-06-30'),
      ),
  },
  {
    key: 'diagnostic-local-securite',
    title: 'Diagnostic local de sécurité 2024 – synthèse',
    description:
      'Synthèse du diagnostic local de sécurité réalisé pour le CLSPD : données de la délinquance enregistrée, enquête auprès des habitants, entretiens avec les partenaires et marches exploratoires de femmes dans trois quartiers. Le document propose six axes pour la stratégie territoriale de prévention 2025–2027.',
    type: 'safety_audit',
    ownerKey: 'claire',
    citySlug: 'strasbourg',
    year: 2024,
    language: 'fr',
    topics: ['sicherheitsanalysen-befragungen', 'gewalt-gegen-frauen', 'praeventionsgremien'],
    visibility: 'members',
    filename: 'Diagnostic_local_de_sécurité_2024_synthèse.pdf',
    daysAgo: 150,
    build: () =>
      pdfFile(
        'Diagnostic local de sécurité 2024 – synthèse',
        [
          'Conseil local de sécurité et de prévention de la délinquance (CLSPD) · Mission prévention · Décembre 2024',
          { heading: '1. Objet et méthode' },
          'Le diagnostic local de sécurité prépare la nouvelle stratégie territoriale de sécurité et de prévention de la délinquance pour 2025–2027. Il croise quatre sources : les faits constatés par la police nationale et la police municipale entre 2021 et 2023 ; une enquête auprès de 1 200 habitants ; 34 entretiens avec les partenaires du CLSPD (bailleurs sociaux, transporteur, éducation nationale, associations, justice) ; et des marches exploratoires de femmes dans trois quartiers.',
          { heading: '2. Principaux constats' },
          'Le sentiment d’insécurité est plus marqué que l’exposition réelle à la délinquance. 63 % des habitants interrogés se sentent en sécurité le soir dans leur quartier, mais seulement 49 % des femmes et 45 % des personnes de plus de 70 ans. Dans le secteur Gare, la proportion tombe à 41 %, contre 58 % dans le quartier Nord et 72 % dans le secteur Ouest.',
          'Les atteintes aux biens restent majoritaires : vols liés aux véhicules, cambriolages et dégradations représentent près de deux tiers des faits enregistrés. Les violences intrafamiliales enregistrées ont augmenté de 18 % en trois ans, ce que les partenaires attribuent surtout à une meilleure prise en charge des plaintes.',
          'Les marches exploratoires ont fait ressortir des problèmes concrets : éclairage insuffisant entre l’arrêt de tram et les immeubles, halls d’entrée mal visibles, absence de lieux ouverts le soir, harcèlement de rue aux abords de la gare. Plusieurs propositions ont déjà été reprises par les services techniques.',
          { heading: '3. Axes proposés' },
          '1. Tranquillité des espaces publics et des transports, avec une présence coordonnée de la police municipale et des médiateurs. 2. Prévention des violences faites aux femmes et des violences intrafamiliales, y compris l’accueil des victimes. 3. Prévention de la délinquance des jeunes exposés, en lien avec la protection de l’enfance et les établissements scolaires. 4. Prévention situationnelle dans les projets de renouvellement urbain. 5. Lutte contre les escroqueries visant les personnes âgées. 6. Évaluation : indicateurs partagés et enquête de victimation tous les trois ans.',
          { heading: '4. Suites' },
          'Le diagnostic sera présenté en séance plénière du CLSPD puis décliné en fiches-actions par groupe de travail. Une coopération avec des villes allemandes du réseau est envisagée pour comparer les méthodes d’enquête et les marches exploratoires.',
          NOTE.fr,
        ],
        meta('claire', 'fr-FR', '2024-12-09'),
      ),
  },
  {
    key: 'youth-outreach-project',
    title: 'Projektbeschreibung: Aufsuchende Jugendarbeit am Marktplatz – Wochenendeinsätze',
    description:
      'Beschreibung des Projekts der Mobilen Jugendarbeit, das an Wochenendabenden junge Menschen an zentralen Plätzen anspricht, statt Konflikte allein über Platzverweise zu lösen. Mit Ausgangslage, Zielen, Vorgehen, Kooperation mit Ordnungsdienst und Polizei, Personal, Kosten und den Indikatoren für die Auswertung.',
    type: 'project_description',
    ownerKey: 'tobias',
    citySlug: 'nuernberg',
    year: 2025,
    language: 'de',
    topics: ['jugenddelinquenz', 'oeffentlicher-raum-ordnung'],
    visibility: 'members',
    filename: 'Projektbeschreibung_Aufsuchende_Jugendarbeit_Marktplatz.docx',
    daysAgo: 33,
    build: async () =>
      docxFile(
        'Projektbeschreibung: Aufsuchende Jugendarbeit am Marktplatz',
        [
          'Mobile Jugendarbeit · Laufzeit Mai 2025 bis April 2027 · gefördert aus Mitteln der Jugendhilfe und des Präventionsrats',
          { heading: 'Ausgangslage' },
          'An Wochenendabenden halten sich am Marktplatz und im angrenzenden Park regelmäßig Gruppen von 20 bis 60 jungen Menschen zwischen 14 und 21 Jahren auf. Beschwerden der Anwohnerschaft betreffen vor allem Lärm, Müll und vereinzelte Auseinandersetzungen. Bisher reagierten Ordnungsdienst und Polizei mit Kontrollen und Platzverweisen; die Gruppen verlagerten sich dadurch nur in Seitenstraßen und Hinterhöfe.',
          { heading: 'Ziele' },
          'Junge Menschen am Platz kennen die Streetworkerinnen und Streetworker und nehmen Beratung an; Konflikte mit der Anwohnerschaft werden vor Ort geklärt, bevor sie eskalieren; Jugendliche gestalten den Platz mit und übernehmen Verantwortung; die Zahl der Beschwerden und Polizeieinsätze sinkt.',
          { heading: 'Vorgehen' },
          'Zwei Teams mit je zwei Fachkräften sind freitags und samstags von 19 bis 1 Uhr vor Ort. Sie sprechen die Gruppen an, vermitteln in Hilfen (Schule, Ausbildung, Suchtberatung, Wohnen) und moderieren bei Konflikten. Einmal im Monat findet ein Platzgespräch mit Jugendlichen, Anwohnerinnen und Anwohnern, Gastronomie und Ordnungsdienst statt. In den Sommerferien organisieren Jugendliche selbst Aktionen auf dem Platz.',
          { heading: 'Kooperation' },
          'Mit Ordnungsdienst und Polizei ist vereinbart: Die Streetwork gibt keine personenbezogenen Informationen weiter; Ordnungsdienst und Polizei informieren die Teams vor geplanten Kontrollen, damit die Vertrauensbeziehung nicht beschädigt wird. Ein gemeinsames Abstimmungsgespräch findet alle vier Wochen statt.',
          { heading: 'Personal und Kosten' },
          '2,0 Stellen Sozialarbeit (je 0,5 Stellen aus vier Fachkräften), Sachkosten für Material, Aktionen und Mobilität. Gesamtkosten rund 168.000 € pro Jahr.',
          { heading: 'Auswertung' },
          'Indikatoren: Zahl der Kontakte und Beratungen, vermittelte Hilfen, Beschwerden beim Ordnungsamt, Polizeieinsätze am Platz an Wochenendabenden, Einschätzungen der Anwohnerschaft in einer Kurzbefragung zu Projektbeginn und nach einem Jahr. Ein Zwischenbericht geht nach zwölf Monaten an den Jugendhilfeausschuss.',
          NOTE.de,
        ],
        meta('tobias', 'de-DE', '2025-04-22'),
      ),
  },
  {
    key: 'burglary-guideline',
    title: 'Leitfaden Einbruchschutzberatung für Mieterhaushalte',
    description:
      'Praxisleitfaden für Beratungen in Mietwohnungen: Was Mieterinnen und Mieter ohne Zustimmung des Vermieters tun dürfen, wie man Wohnungsunternehmen gewinnt und wie eine Beratung im Treppenhaus oder Nachbarschaftstreff abläuft. Mit den häufigsten Schwachstellen und kostengünstigen Nachrüstungen.',
    type: 'guideline',
    ownerKey: 'frank',
    citySlug: 'magdeburg',
    year: 2024,
    language: 'de',
    topics: ['wohnungseinbruch'],
    visibility: 'members',
    filename: 'Leitfaden_Einbruchschutzberatung_Mieterhaushalte.pdf',
    daysAgo: 200,
    build: () =>
      pdfFile(
        'Leitfaden: Einbruchschutzberatung für Mieterhaushalte',
        [
          'Polizeiinspektion und Stadtverwaltung · Arbeitshilfe für Beratende · Stand Mai 2024',
          { heading: 'Warum Mieterhaushalte?' },
          'Die klassische Einbruchschutzberatung erreicht vor allem Eigentümerinnen und Eigentümer von Einfamilienhäusern. Mieterhaushalte, insbesondere in Mehrfamilienhäusern, werden kaum erreicht – obwohl Wohnungseinbrüche dort einen großen Teil der Fälle ausmachen. Häufige Gründe: Unsicherheit darüber, was man ohne Zustimmung des Vermieters verändern darf, die Sorge vor Kosten und das Gefühl, als Mieterin oder Mieter nichts entscheiden zu können.',
          { heading: 'Was Mieterinnen und Mieter selbst tun können' },
          'Ohne Eingriff in die Bausubstanz und damit in der Regel ohne Zustimmung möglich sind: ein Schutzbeschlag mit Zylinderabdeckung, ein Querriegelschloss, das mit wenigen Bohrungen montiert und beim Auszug wieder entfernt wird, abschließbare Fenstergriffe sowie eine Tür-Zusatzsicherung. Wichtig ist der Hinweis, die Montage mit Vermieter oder Hausverwaltung abzusprechen und sich die Zustimmung schriftlich geben zu lassen, wenn gebohrt wird.',
          { heading: 'Wohnungsunternehmen gewinnen' },
          'Der wirksamste Weg führt über die Wohnungsunternehmen: Sie können bei Modernisierungen einbruchhemmende Türen und Fenster einbauen, Hauseingänge sichern und die Beratung in ihren Mieterzeitungen bekannt machen. Bewährt haben sich gemeinsame Beratungstage im Quartier, bei denen das Unternehmen Räume stellt und die Polizei berät.',
          { heading: 'Ablauf einer Beratung vor Ort' },
          'Kurzer Vortrag im Nachbarschaftstreff (20 Minuten), anschließend Begehung eines Treppenhauses mit Hinweisen zu Haustür, Briefkastenanlage, Kellerzugang und Beleuchtung; danach individuelle Termine in den Wohnungen. Material in einfacher Sprache und in den im Quartier häufigsten Sprachen bereithalten.',
          { heading: 'Häufige Schwachstellen' },
          'Wohnungseingangstüren ohne Schutzbeschlag; Haustüren, die nicht ins Schloss fallen; ebenerdige Fenster und Balkontüren ohne abschließbare Griffe; offene Kellerzugänge; dunkle Hauseingänge. Nachbarschaft wirkt: Wer seine Nachbarn kennt, bemerkt Fremde im Haus eher und spricht sie an.',
          NOTE.de,
        ],
        meta('frank', 'de-DE', '2024-05-06'),
      ),
  },
  {
    key: 'awareness-slides',
    title: 'Awareness-Konzept für Stadtfeste – Schulungsfolien für Teams',
    description:
      'Folien für die Schulung von Awareness-Teams bei Stadtfesten und Großveranstaltungen: Haltung, Umgang mit Betroffenen von Belästigung und Übergriffen, Zusammenarbeit mit Sanitätsdienst, Sicherheitsdienst und Polizei sowie Dokumentation. Entstanden aus den Erfahrungen mehrerer Stadtfeste.',
    type: 'presentation',
    ownerKey: 'nadine',
    citySlug: 'bremen',
    year: 2025,
    language: 'de',
    topics: ['nachtleben-veranstaltungen', 'gewalt-gegen-frauen'],
    visibility: 'members',
    filename: 'Awareness-Konzept_Stadtfest_Schulung.odp',
    daysAgo: 8,
    build: async () =>
      odpFile(
        [
          { title: 'Awareness bei Stadtfesten', bullets: ['Schulung für Awareness-Teams', 'Koordinierungsstelle Istanbul-Konvention', 'Stand: Juli 2025'] },
          { title: 'Was Awareness bedeutet', bullets: ['Ansprechbar sein für alle, die sich belästigt oder bedrängt fühlen', 'Die Betroffenen entscheiden, was passiert', 'Parteilich für Betroffene, nicht für Veranstalter'] },
          { title: 'Im Einsatz', bullets: ['Teams zu zweit, erkennbar an Westen', 'Rückzugsraum am Awareness-Stand', 'Ruhig bleiben, zuhören, Optionen anbieten', 'Nie allein mit einer aufgebrachten Gruppe'] },
          { title: 'Schnittstellen', bullets: ['Sanitätsdienst: bei Verletzung oder K.-o.-Tropfen-Verdacht', 'Sicherheitsdienst: bei akuter Gefahr', 'Polizei: nur mit Zustimmung der Betroffenen, außer bei Gefahr für Leib und Leben'] },
          { title: 'Dokumentation', bullets: ['Kurzprotokoll ohne Namen', 'Ort, Uhrzeit, Art des Vorfalls, vermittelte Hilfe', 'Auswertung nach dem Fest mit Veranstalter und Stadt', NOTE.de] },
        ],
        meta('nadine', 'de-DE', '2025-07-01'),
      ),
  },
  {
    key: 'audit-checklist-draft',
    title: 'Prüfliste Nachtbegehung – Arbeitsfassung der AG Sicherheitsaudits',
    description:
      'Zusammengeführte Prüfliste der Arbeitsgruppe für Sicherheitsbegehungen bei Dunkelheit: Beleuchtung, Einsehbarkeit, Fluchtwege, Erreichbarkeit von Hilfe, Zustand und Belebung, mit Dreierskala und Freitext für Eindrücke der Teilnehmenden. Interner Entwurf, noch nicht zur Veröffentlichung abgestimmt.',
    type: 'safety_audit',
    ownerKey: 'sabine',
    citySlug: 'duesseldorf',
    year: 2025,
    language: 'de',
    topics: ['sicherheitsanalysen-befragungen', 'staedtebauliche-kriminalpraevention'],
    visibility: 'group',
    groupKey: 'audits',
    filename: 'Pruefliste_Nachtbegehung_Arbeitsfassung.docx',
    daysAgo: 11,
    build: async () =>
      docxFile(
        'Prüfliste Nachtbegehung – Arbeitsfassung',
        [
          'AG Sicherheitsaudits · interner Entwurf · Bewertung je Punkt: in Ordnung / verbesserungswürdig / dringend',
          { heading: 'Beleuchtung' },
          'Sind Wege, Eingänge und Haltestellen gleichmäßig ausgeleuchtet? Gibt es Blendung oder harte Schatten? Sind Gesichter auf 15 Meter erkennbar? Sind defekte Leuchten gemeldet und wer ist zuständig?',
          { heading: 'Einsehbarkeit und Orientierung' },
          'Können Passantinnen und Passanten den Weg bis zum Ende überblicken? Verdecken Hecken, Mauern oder Werbeanlagen die Sicht? Gibt es Wegweiser zu belebten Orten und zum nächsten Ausgang?',
          { heading: 'Erreichbarkeit von Hilfe' },
          'Wie weit ist es zum nächsten geöffneten Geschäft, Taxistand, Notrufsäule oder zur nächsten Haltestelle? Gibt es Mobilfunkempfang?',
          { heading: 'Zustand und Belebung' },
          'Vermüllung, Graffiti, Beschädigungen; wer hält sich zu welchen Zeiten hier auf? Welche Nutzungen beleben den Ort am Abend?',
          { heading: 'Eindrücke der Teilnehmenden' },
          'Freitext: Was hat die Teilnehmenden verunsichert, was hat ihnen Sicherheit gegeben? Nicht in die Skala pressen.',
          NOTE.de,
        ],
        meta('sabine', 'de-DE', '2025-09-02'),
      ),
  },
  {
    key: 'case-conference-flow',
    title: 'Fallkonferenz Hochrisikomanagement – Ablaufschema (Entwurf)',
    description:
      'Entwurf eines Ablaufschemas für interinstitutionelle Fallkonferenzen bei Hochrisikofällen häuslicher Gewalt: Einberufung, Beteiligte, Einwilligung und Schweigepflicht, Information der Betroffenen, Vereinbarungen und Nachverfolgung. Nur für die Arbeitsgruppe.',
    type: 'concept',
    ownerKey: 'lena',
    citySlug: 'karlsruhe',
    year: 2025,
    language: 'de',
    topics: ['gewalt-gegen-frauen'],
    visibility: 'group',
    groupKey: 'violence',
    filename: 'Fallkonferenz_Hochrisiko_Ablaufschema.odt',
    daysAgo: 6,
    build: async () =>
      odtFile(
        'Fallkonferenz Hochrisikomanagement – Ablaufschema',
        [
          'AG Gewalt gegen Frauen · Entwurf zur Abstimmung in der Arbeitsgruppe',
          { heading: 'Einberufung' },
          'Jede beteiligte Stelle kann eine Fallkonferenz beantragen, wenn eine standardisierte Gefährdungseinschätzung ein hohes Risiko ergibt. Die Koordinierungsstelle lädt binnen drei Werktagen ein.',
          { heading: 'Einwilligung und Schweigepflicht' },
          'Informationen werden grundsätzlich nur mit Einwilligung der Betroffenen geteilt. Ohne Einwilligung nur bei konkreter Gefahr für Leib und Leben; darüber entscheidet die jeweilige Stelle selbst, nicht die Konferenz.',
          { heading: 'Information der Betroffenen' },
          'Die Betroffene erfährt vorher, dass ihr Fall besprochen wird, und hinterher, was vereinbart wurde – durch die Stelle, der sie vertraut.',
          { heading: 'Vereinbarungen und Nachverfolgung' },
          'Jede Maßnahme hat eine verantwortliche Stelle und einen Termin. Nach vier Wochen prüft die Koordinierungsstelle den Stand.',
          NOTE.de,
        ],
        meta('lena', 'de-DE', '2025-09-10'),
      ),
  },
];
