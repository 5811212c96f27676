import type { Locale } from '@praxisnetz/shared';

/** The mails' texts per language; `{name}` marks a parameter. */
export const mailTexts = {
  de: {
    greeting: 'Guten Tag {name},',
    'reply.subject': 'Neue Antwort in „{title}“',
    'reply.intro': '{author} hat im Thema „{title}“ geantwortet:',
    'reply.action': 'Zur Antwort',
    'reply.why': 'Sie erhalten diese E-Mail, weil Sie diesem Thema folgen.',
    'reply.unsubscribe': 'Keine E-Mails mehr zu neuen Antworten',
    'password_reset.subject': 'Ihr Link zum Zurücksetzen des Passworts',
    'password_reset.intro':
      'für Ihr Konto bei Praxisnetz wurde ein neues Passwort angefordert. Der Link gilt 60 Minuten und nur einmal.',
    'password_reset.action': 'Neues Passwort festlegen',
    'password_reset.why': 'Wenn Sie das nicht waren, ignorieren Sie diese E-Mail; Ihr Passwort bleibt, wie es ist.',
    signature: 'Praxisnetz – Forum für kommunale Kriminalprävention',
  },
  en: {
    greeting: 'Hello {name},',
    'reply.subject': 'New reply in “{title}”',
    'reply.intro': '{author} replied in the thread “{title}”:',
    'reply.action': 'Go to the reply',
    'reply.why': 'You receive this e-mail because you follow this thread.',
    'reply.unsubscribe': 'No more e-mails about new replies',
    'password_reset.subject': 'Your link to reset your password',
    'password_reset.intro': 'a new password was requested for your Praxisnetz account. The link works once, for 60 minutes.',
    'password_reset.action': 'Set a new password',
    'password_reset.why': 'If this was not you, ignore this e-mail; your password stays as it is.',
    signature: 'Praxisnetz – forum for municipal crime prevention',
  },
  fr: {
    greeting: 'Bonjour {name},',
    'reply.subject': 'Nouvelle réponse dans « {title} »',
    'reply.intro': '{author} a répondu dans le sujet « {title} » :',
    'reply.action': 'Voir la réponse',
    'reply.why': 'Vous recevez cet e-mail parce que vous suivez ce sujet.',
    'reply.unsubscribe': 'Ne plus recevoir d’e-mails pour les nouvelles réponses',
    'password_reset.subject': 'Votre lien pour réinitialiser le mot de passe',
    'password_reset.intro':
      'un nouveau mot de passe a été demandé pour votre compte Praxisnetz. Le lien est valable une fois, pendant 60 minutes.',
    'password_reset.action': 'Choisir un nouveau mot de passe',
    'password_reset.why': 'Si ce n’était pas vous, ignorez cet e-mail ; votre mot de passe reste inchangé.',
    signature: 'Praxisnetz – forum de prévention de la délinquance dans les villes',
  },
} satisfies Record<Locale, Record<string, string>>;

export type MailTextKey = keyof (typeof mailTexts)['de'];

export function mailText(locale: Locale, key: MailTextKey, params: Record<string, string> = {}): string {
  return mailTexts[locale][key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
