/** German texts of the live pages; merged into the main catalogue. */
export const liveDe = {
  'nav.sessions': 'Sitzungen',
} as const;
export type LiveMessages = Record<keyof typeof liveDe, string>;
