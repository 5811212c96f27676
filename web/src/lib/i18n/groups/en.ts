import type { GroupsMessages } from './de.ts';

export const groupsEn: GroupsMessages = {
  'nav.groups': 'Working groups',
};
