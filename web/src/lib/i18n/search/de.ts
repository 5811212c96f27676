/** German texts of the search; merged into the main catalogue. */
export const searchDe = {
} as const;
export type SearchMessages = Record<keyof typeof searchDe, string>;
