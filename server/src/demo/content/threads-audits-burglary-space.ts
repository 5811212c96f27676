import type { DemoThread } from './types.ts';

export const threadsAuditsBurglarySpace: DemoThread[] = [
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
];
