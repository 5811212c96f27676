import type { DemoThread } from './types.ts';

export const threadsYouthRadicalisationNightlife: DemoThread[] = [

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
];
