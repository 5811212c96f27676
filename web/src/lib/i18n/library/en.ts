import type { LibraryMessages } from './de.ts';

export const libraryEn: LibraryMessages = {
};
