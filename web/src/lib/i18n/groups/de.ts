/** German texts of the groups pages; merged into the main catalogue. */
export const groupsDe = {
  'nav.groups': 'Arbeitsgruppen',
} as const;
export type GroupsMessages = Record<keyof typeof groupsDe, string>;
