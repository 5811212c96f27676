import { Conflict } from '../../lib/errors.ts';

/** The refusal of an address another account has (registration, change of address). */
export const emailTaken = () =>
  Conflict('An account with this e-mail address exists already.', 'email_taken', { email: 'An account with this e-mail address exists already.' });
