import type { Locale, SitePageSlug } from '@praxisnetz/shared';

/**
 * What a page says until the network office writes its own (German, with short English and French
 * versions): the structure each legal page needs, with the operator's particulars to fill in.
 */
export const defaultPages: Record<SitePageSlug, Partial<Record<Locale, { title: string; body: string }>> & { de: { title: string; body: string } }> = {
  about: {
    de: {
      title: 'Über das Netzwerk',
      body: `Praxisnetz ist die Austauschplattform eines Netzwerks von Mitgliedsstädten für kommunale Kriminalprävention – nach dem Vorbild des Deutsch-Europäischen Forums für Urbane Sicherheit (DEFUS), des deutschen Zweigs des European Forum for Urban Security (Efus) mit über 250 Städten in Europa.

## Ziele
- Erfahrungen aus Präventionsräten, Ordnungsämtern, Sozialarbeit, Stadtplanung und Polizei teilen
- kommunale Sicherheitsaudits vergleichbar machen
- Praxisbeispiele mit ihrer Evidenz sichtbar machen

## Strukturen
Mitgliederversammlung, Vorstand und Geschäftsstelle. Die Geschäftsstelle pflegt diese Seite.`,
    },
    en: {
      title: 'About the network',
      body: `Praxisnetz is the exchange platform of a network of member cities working on municipal crime prevention, modelled on the German-European Forum for Urban Security (DEFUS), the German branch of the European Forum for Urban Security (Efus) with more than 250 cities in Europe.`,
    },
    fr: {
      title: 'À propos du réseau',
      body: `Praxisnetz est la plateforme d’échange d’un réseau de villes membres engagées dans la prévention locale de la délinquance, sur le modèle du Forum germano-européen pour la sécurité urbaine (DEFUS), branche allemande du Forum européen pour la sécurité urbaine (Efus), qui réunit plus de 250 villes en Europe.`,
    },
  },
  membership: {
    de: {
      title: 'Mitgliedschaft',
      body: `Mitglied werden können Städte, Gemeinden und Kreise, die kommunale Kriminalprävention betreiben oder aufbauen.

## Was die Mitgliedschaft bringt
- Austausch mit Fachleuten aus Präventionsräten, Ordnungsämtern, Sozialarbeit, Stadtplanung und Polizei anderer Städte
- Arbeitsgruppen, Live-Sprechstunden und die Bibliothek des Netzwerks
- kommunale Sicherheitsaudits im Vergleich mit anderen Städten
- der Zugang zum europäischen Austausch im European Forum for Urban Security (Efus)

## Bedingungen und Beitrag
[Beitragsordnung: Höhe nach Einwohnerzahl, Beschluss der Mitgliederversammlung]

## So geht es
Schreiben Sie der Geschäftsstelle (siehe Impressum). Nach der Aufnahme legt die Geschäftsstelle Ihre Stadt an; Ihre Mitarbeiterinnen und Mitarbeiter registrieren sich und werden freigeschaltet.`,
    },
    en: { title: 'Membership', body: 'Cities, municipalities and districts that work on local crime prevention can join. Members exchange with peers, take part in working groups and live sessions, compare local safety audits and reach the European Forum for Urban Security. Write to the network office (see the legal notice) to apply.' },
    fr: { title: 'Adhésion', body: 'Les villes, communes et arrondissements engagés dans la prévention locale de la délinquance peuvent adhérer. Les membres échangent entre pairs, participent aux groupes de travail et aux séances en direct, comparent leurs diagnostics de sécurité et accèdent au Forum européen pour la sécurité urbaine. Écrivez au secrétariat du réseau (voir les mentions légales) pour adhérer.' },
  },
  impressum: {
    de: {
      title: 'Impressum',
      body: `## Angaben gemäß § 5 DDG
[Name der Trägerorganisation]
[Anschrift]

**Vertreten durch:** [Vorstand]

## Kontakt
E-Mail: [Adresse der Geschäftsstelle]

## Verantwortlich für den Inhalt nach § 18 Abs. 2 MStV
[Name, Anschrift]

Diese Angaben trägt die Geschäftsstelle unter „Bearbeiten“ ein.`,
    },
    en: { title: 'Legal notice', body: 'The legal notice (Impressum) of the operator. The network office fills in its particulars under “Edit”.' },
    fr: { title: 'Mentions légales', body: 'Les mentions légales (Impressum) de l’exploitant. Le secrétariat du réseau les complète sous « Modifier ».' },
  },
  datenschutz: {
    de: {
      title: 'Datenschutzerklärung',
      body: `## Verantwortliche Stelle
[Name und Anschrift der Trägerorganisation, Kontakt der oder des Datenschutzbeauftragten]

## Welche Daten wir verarbeiten
- **Konto:** Name, E-Mail-Adresse, Stadt, Dienststelle, Fachgebiete und Sprachen, die Sie angeben; Passwort nur als Argon2-Hash.
- **Beiträge und Dokumente**, die Sie veröffentlichen, und Ihre Markierungen (hilfreich, gemerkt, gelesen).
- **Server-Protokolle** ohne Passwörter, Tokens, E-Mail-Adressen oder Beitragstexte.

## Cookies
Praxisnetz setzt nur technisch notwendige Cookies: das Sitzungs-Cookie nach der Anmeldung und ein Cookie für die gewählte Sprache. Es gibt keine Analyse- oder Werbe-Cookies und deshalb keinen Cookie-Banner.

## Keine Dritten
Die Plattform lädt keine Schriften, Skripte, Karten oder andere Inhalte von fremden Servern.

## Ihre Rechte
Auskunft, Berichtigung, Löschung, Einschränkung, Datenübertragbarkeit und Widerspruch (Art. 15–21 DSGVO) sowie Beschwerde bei einer Aufsichtsbehörde.`,
    },
    en: { title: 'Privacy notice', body: 'Praxisnetz sets only strictly necessary cookies (the session after signing in, the chosen language), loads nothing from third-party servers and keeps no passwords, tokens, e-mail addresses or post texts in its logs. The full notice is in German.' },
    fr: { title: 'Protection des données', body: 'Praxisnetz n’utilise que des cookies strictement nécessaires (la session après connexion, la langue choisie), ne charge rien depuis des serveurs tiers et n’enregistre ni mots de passe, ni jetons, ni adresses e-mail, ni textes dans ses journaux. La notice complète est en allemand.' },
  },
  barrierefreiheit: {
    de: {
      title: 'Erklärung zur Barrierefreiheit',
      body: `Die Trägerorganisation ist bemüht, Praxisnetz im Einklang mit der Barrierefreie-Informationstechnik-Verordnung (BITV 2.0) barrierefrei zugänglich zu machen.

## Stand der Vereinbarkeit mit den Anforderungen
Diese Website ist mit der BITV 2.0 **teilweise vereinbar**. Jede Seite wird bei jeder Änderung automatisch nach WCAG 2.1 AA geprüft (axe).

## Nicht barrierefreie Inhalte
- Hochgeladene Dokumente (PDF) Dritter sind nicht immer barrierefrei.
- Karten der Sicherheitsaudits: die Tabellen daneben enthalten dieselben Werte.

## Erstellung dieser Erklärung
Diese Erklärung wurde am [Datum] erstellt und zuletzt am [Datum] überprüft.

## Feedback und Kontakt
Sind Ihnen Mängel aufgefallen? Melden Sie sie über das Formular unten auf dieser Seite.

## Schlichtungsverfahren
Wenn auch nach Ihrem Feedback keine zufriedenstellende Lösung gefunden wurde, können Sie sich an die Schlichtungsstelle nach § 16 BGG wenden: [Kontakt der zuständigen Schlichtungsstelle].`,
    },
    en: { title: 'Accessibility statement', body: 'This website is partially compliant with BITV 2.0 (WCAG 2.1 AA). Report a barrier with the form below; the full statement is in German.' },
    fr: { title: 'Déclaration d’accessibilité', body: 'Ce site est partiellement conforme à la BITV 2.0 (WCAG 2.1 AA). Signalez un obstacle avec le formulaire ci-dessous ; la déclaration complète est en allemand.' },
  },
};
