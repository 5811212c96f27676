/** A paragraph of body text ("\n" starts a new line), or a subheading. */
export type TextBlock = string | { heading: string };
/** A spreadsheet or CSV cell; null leaves it empty. */
export type Cell = string | number | null;
export interface Slide {
  title: string;
  bullets: string[];
}

/** Document properties written into the file (PDF Info, OOXML core.xml, ODF meta.xml). */
export interface FileMeta {
  /** defaults to the document's title, the sheet name or the first slide's title */
  title?: string;
  author?: string;
  /** BCP 47, e.g. 'de-DE' */
  language?: string;
  /** creation date; fixed by default so that the bytes are reproducible */
  date?: Date;
}

const DEFAULT_DATE = new Date(Date.UTC(2025, 0, 1));
const DEFAULTS = { author: 'Praxisnetz', language: 'de-DE' };

export function resolveMeta(meta: FileMeta) {
  return { author: meta.author ?? DEFAULTS.author, language: meta.language ?? DEFAULTS.language, date: meta.date ?? DEFAULT_DATE };
}

/** Column widths in characters, from the longest value per column; one-cell rows (notes) may overflow. */
export function columnWidths(rows: Cell[][]): number[] {
  const widths: number[] = [];
  for (const row of rows.filter((r) => r.length > 1)) row.forEach((v, c) => (widths[c] = Math.max(widths[c] ?? 8, Math.min(40, String(v ?? '').length + 2))));
  return widths;
}
