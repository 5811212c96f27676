/** German texts of single sign-on; merged into the main catalogue. */
export const ssoDe = {
  'sso.title': 'Über Ihre Organisation anmelden',
  'sso.with': 'Anmelden mit {name}',
  'sso.or': 'Oder mit E-Mail-Adresse und Passwort:',
  'sso.passwordOff': 'Die Anmeldung mit Passwort ist hier abgeschaltet: Melden Sie sich über Ihre Organisation an.',
  'sso.failed': 'Die Anmeldung über Ihre Organisation ist nicht gelungen. Bitte versuchen Sie es noch einmal.',
  'sso.unverified': 'Ihre Organisation hat keine bestätigte E-Mail-Adresse übermittelt; ohne sie kann kein Konto verknüpft oder angelegt werden.',
  'sso.domain': 'Mit der E-Mail-Adresse Ihrer Organisation ist die Anmeldung über diesen Zugang nicht vorgesehen.',
  'sso.suspended': 'Ihr Konto ist gesperrt. Wenden Sie sich an die Moderation des Netzwerks.',
  'sso.erasure': 'Ihr Konto wird auf Ihren Wunsch gelöscht. Bis dahin kann die Geschäftsstelle die Löschung noch stoppen.',
} as const;
export type SsoMessages = Record<keyof typeof ssoDe, string>;
