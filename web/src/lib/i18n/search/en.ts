import type { SearchMessages } from './de.ts';

export const searchEn: SearchMessages = {
};
