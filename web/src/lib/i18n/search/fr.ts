import type { SearchMessages } from './de.ts';

export const searchFr: SearchMessages = {
};
