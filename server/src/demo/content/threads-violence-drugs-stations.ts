import type { DemoThread } from './types.ts';

export const threadsViolenceDrugsStations: DemoThread[] = [

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
];
