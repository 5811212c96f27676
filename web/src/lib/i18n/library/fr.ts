import type { LibraryMessages } from './de.ts';

export const libraryFr: LibraryMessages = {
};
