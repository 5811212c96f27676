import type { LiveMessages } from './de.ts';

export const liveEn: LiveMessages = {
  'nav.sessions': 'Sessions',
};
