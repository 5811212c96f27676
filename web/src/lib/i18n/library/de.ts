/** German texts of the library; merged into the main catalogue. */
export const libraryDe = {
} as const;
export type LibraryMessages = Record<keyof typeof libraryDe, string>;
