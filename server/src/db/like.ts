/** A LIKE/ILIKE pattern matching `text` anywhere, its wildcards (and the escape character) taken literally. */
export const containing = (text: string) => `%${escapeLike(text)}%`;

/** `text` with LIKE's wildcards and escape character escaped, for a pattern of one's own. */
export const escapeLike = (text: string) => text.replace(/[\\%_]/g, (c) => `\\${c}`);
