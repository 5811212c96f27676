import type { DemoThread } from './types.ts';

export const threadsSeniorsDigitalEvaluationCouncils: DemoThread[] = [

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
