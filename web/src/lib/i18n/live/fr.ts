import type { LiveMessages } from './de.ts';

export const liveFr: LiveMessages = {
  'nav.sessions': 'Séances',
};
