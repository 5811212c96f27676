import { open, readFile } from 'node:fs/promises';
import { UPLOAD_TYPES } from '@praxisnetz/shared';
import mammoth from 'mammoth';
import { getDocumentProxy } from 'unpdf';
import { assertZipWithinLimit, odfText, pptxText, xlsxText } from './office-text.ts';

/** Enough for search over a long report; keeps rows and their search vectors well inside PostgreSQL's limits. */
export const EXTRACTED_TEXT_MAX = 200_000;

/** Plain text is read only this far: even collapsed whitespace leaves more than the cap. */
const PLAIN_TEXT_READ_MAX = 4 * 1024 * 1024;

type Extractor = (filePath: string) => Promise<string>;

const fromBytes = (extract: (bytes: Uint8Array) => string | Promise<string>): Extractor => async (filePath) =>
  extract(new Uint8Array(await readFile(filePath)));

const EXTRACTORS: Record<string, Extractor> = {
  [UPLOAD_TYPES.pdf]: fromBytes(pdfText),
  [UPLOAD_TYPES.docx]: fromBytes(docxText),
  [UPLOAD_TYPES.xlsx]: fromBytes(xlsxText),
  [UPLOAD_TYPES.pptx]: fromBytes(pptxText),
  [UPLOAD_TYPES.odt]: fromBytes(odfText),
  [UPLOAD_TYPES.ods]: fromBytes(odfText),
  [UPLOAD_TYPES.odp]: fromBytes(odfText),
  [UPLOAD_TYPES.csv]: plainText,
  [UPLOAD_TYPES.txt]: plainText,
};

/** Images have no text to index: the uploader stores them with extraction status 'none'. */
export function hasExtractableText(mime: string): boolean {
  return Object.hasOwn(EXTRACTORS, mime);
}

/** The file's text, whitespace normalised and capped at EXTRACTED_TEXT_MAX characters. */
export async function extractText(filePath: string, mime: string): Promise<string> {
  const extract = EXTRACTORS[mime];
  if (!extract) throw new Error(`no text extractor for ${mime}`);
  return normaliseText(await extract(filePath));
}

/**
 * Page by page rather than unpdf's extractText, which opens every page at once: a long
 * report stops being read once the cap is reached instead of running into the timeout.
 */
async function pdfText(bytes: Uint8Array): Promise<string> {
  const pdf = await getDocumentProxy(bytes, { verbosity: 0 });
  try {
    const pages: string[] = [];
    let length = 0;
    for (let n = 1; n <= pdf.numPages && length < EXTRACTED_TEXT_MAX; n++) {
      const page = await pdf.getPage(n);
      const { items } = await page.getTextContent();
      const text = items.map((item) => ('str' in item ? item.str + (item.hasEOL ? '\n' : '') : '')).join('');
      page.cleanup();
      pages.push(text);
      length += text.length;
    }
    return pages.join('\n');
  } finally {
    await pdf.destroy();
  }
}

async function docxText(bytes: Uint8Array): Promise<string> {
  assertZipWithinLimit(bytes);
  const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength) });
  return result.value;
}

/**
 * UTF-8 as agreed, but German CSV exports from Excel are often Windows-1252 or UTF-16:
 * a BOM or invalid UTF-8 says which, so umlauts survive instead of turning into U+FFFD.
 */
async function plainText(filePath: string): Promise<string> {
  const handle = await open(filePath, 'r');
  let bytes: Uint8Array;
  try {
    const buffer = Buffer.alloc(Math.min((await handle.stat()).size, PLAIN_TEXT_READ_MAX));
    const { bytesRead } = await handle.read(buffer, 0, buffer.length, 0);
    bytes = buffer.subarray(0, bytesRead);
  } finally {
    await handle.close();
  }
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return new TextDecoder('utf-16le').decode(bytes);
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return new TextDecoder('utf-16be').decode(bytes);
  try {
    // stream: a multi-byte character cut off at the read limit is not an encoding error
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes, { stream: true });
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/**
 * One space between words, one newline between lines, at most one blank line. Control
 * characters go: PostgreSQL text cannot hold NUL, and lone surrogates would not survive UTF-8.
 */
export function normaliseText(raw: string): string {
  const text = raw
    .toWellFormed()
    .replace(/\r\n?/g, '\n')
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, ' ')
    .replace(/[^\S\n]+/g, ' ')
    .replace(/ ?\n ?/g, '\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
  if (text.length <= EXTRACTED_TEXT_MAX) return text;
  const end = /[\ud800-\udbff]/.test(text[EXTRACTED_TEXT_MAX - 1]!) ? EXTRACTED_TEXT_MAX - 1 : EXTRACTED_TEXT_MAX;
  return text.slice(0, end).trimEnd();
}
