import type { GroupsMessages } from './de.ts';

export const groupsFr: GroupsMessages = {
  'nav.groups': 'Groupes de travail',
};
