import type { SsoMessages } from './de.ts';

export const ssoEn: SsoMessages = {
  'sso.title': 'Sign in through your organisation',
  'sso.with': 'Sign in with {name}',
  'sso.or': 'Or with e-mail address and password:',
  'sso.passwordOff': 'Signing in with a password is turned off here: please sign in through your organisation.',
  'sso.failed': 'Signing in through your organisation did not work. Please try again.',
  'sso.unverified': 'Your organisation did not send a verified e-mail address; without one no account can be linked or created.',
  'sso.domain': 'Signing in through this provider is not meant for your organisation’s e-mail address.',
  'sso.suspended': 'Your account is suspended. Please contact the network’s moderators.',
  'sso.erasure': 'Your account is being erased as you asked. Until then, the network office can still stop the erasure.',
};
