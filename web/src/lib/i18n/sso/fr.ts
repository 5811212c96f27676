import type { SsoMessages } from './de.ts';

export const ssoFr: SsoMessages = {
  'sso.title': 'Se connecter par votre organisation',
  'sso.with': 'Se connecter avec {name}',
  'sso.or': 'Ou avec adresse électronique et mot de passe :',
  'sso.passwordOff': 'La connexion par mot de passe est désactivée ici : connectez-vous par votre organisation.',
  'sso.failed': 'La connexion par votre organisation a échoué. Veuillez réessayer.',
  'sso.unverified': 'Votre organisation n’a pas transmis d’adresse électronique vérifiée ; sans elle, aucun compte ne peut être lié ou créé.',
  'sso.domain': 'La connexion par ce fournisseur n’est pas prévue pour l’adresse électronique de votre organisation.',
  'sso.suspended': 'Votre compte est suspendu. Adressez-vous aux modérateurs du réseau.',
  'sso.erasure': 'Votre compte va être supprimé à votre demande. D’ici là, le secrétariat du réseau peut encore arrêter la suppression.',
};
