import type { Cell } from './content.ts';

const encoder = new TextEncoder();

export const txtFile = (text: string): Uint8Array => encoder.encode(text);

/**
 * RFC 4180 CSV with CRLF line ends. With `separator: ';'` (what German spreadsheets expect)
 * numbers are written with a decimal comma.
 */
export function csvFile(rows: Cell[][], { separator = ',' }: { separator?: ',' | ';' } = {}): Uint8Array {
  const field = (cell: Cell) => {
    const text = cell === null ? '' : typeof cell === 'number' && separator === ';' ? String(cell).replace('.', ',') : String(cell);
    return /["\r\n]/.test(text) || text.includes(separator) ? `"${text.replaceAll('"', '""')}"` : text;
  };
  return encoder.encode(rows.map((row) => row.map(field).join(separator) + '\r\n').join(''));
}
