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
    'mention.subject': '{author} hat Sie in „{title}“ erwähnt',
    'mention.intro': '{author} hat Sie im Thema „{title}“ erwähnt:',
    'mention.action': 'Zum Beitrag',
    'mention.why': 'Sie erhalten diese E-Mail, weil Sie in einem Beitrag erwähnt wurden.',
    'mention.unsubscribe': 'Keine E-Mails mehr zu Erwähnungen',
    'quote.subject': '{author} hat Sie in „{title}“ zitiert',
    'quote.intro': '{author} hat im Thema „{title}“ aus Ihrem Beitrag zitiert:',
    'quote.action': 'Zur Antwort',
    'quote.why': 'Sie erhalten diese E-Mail, weil Sie E-Mails zu Zitaten aus Ihren Beiträgen eingeschaltet haben.',
    'quote.unsubscribe': 'Keine E-Mails mehr zu Zitaten',
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
    'mention.subject': '{author} mentioned you in “{title}”',
    'mention.intro': '{author} mentioned you in the thread “{title}”:',
    'mention.action': 'Go to the post',
    'mention.why': 'You receive this e-mail because you were mentioned in a post.',
    'mention.unsubscribe': 'No more e-mails about mentions',
    'quote.subject': '{author} quoted you in “{title}”',
    'quote.intro': '{author} quoted your post in the thread “{title}”:',
    'quote.action': 'Go to the reply',
    'quote.why': 'You receive this e-mail because you turned on e-mails about quotes of your posts.',
    'quote.unsubscribe': 'No more e-mails about quotes',
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
    'mention.subject': '{author} vous a mentionné·e dans « {title} »',
    'mention.intro': '{author} vous a mentionné·e dans le sujet « {title} » :',
    'mention.action': 'Voir la contribution',
    'mention.why': 'Vous recevez cet e-mail parce que vous avez été mentionné·e dans une contribution.',
    'mention.unsubscribe': 'Ne plus recevoir d’e-mails pour les mentions',
    'quote.subject': '{author} vous a cité·e dans « {title} »',
    'quote.intro': '{author} a cité votre contribution dans le sujet « {title} » :',
    'quote.action': 'Voir la réponse',
    'quote.why': 'Vous recevez cet e-mail parce que vous avez activé les e-mails pour les citations de vos contributions.',
    'quote.unsubscribe': 'Ne plus recevoir d’e-mails pour les citations',
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
