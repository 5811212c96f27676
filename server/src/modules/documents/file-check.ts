import { open } from 'node:fs/promises';
import { UPLOAD_TYPES, type UploadExtension } from '@praxisnetz/shared';
import { fileTypeFromFile } from 'file-type';
import { AppError } from '../../lib/errors.ts';
import { extensionOf } from './filename.ts';

const HEAD_BYTES = 64 * 1024;
const TAIL_BYTES = 64 * 1024;
const TEXT_TYPES = new Set<string>(['text/plain', 'text/csv']);
const ZIP_TYPES = new Set<string>([
  UPLOAD_TYPES.docx,
  UPLOAD_TYPES.xlsx,
  UPLOAD_TYPES.pptx,
  UPLOAD_TYPES.odt,
  UPLOAD_TYPES.ods,
  UPLOAD_TYPES.odp,
]);
/** Markup a browser would run if it ever rendered the file. */
const MARKUP = /<(?:script|html|svg|iframe|body|object|embed)[\s/>]|<!doctype\s+html/i;
const MARKUP_START = /^\s*<(?:\?xml|!doctype|html|svg|script|head|body|iframe)/i;
/** C0 controls other than tab, line feed, vertical tab, form feed, carriage return and DOS end-of-file. */
const BINARY_CONTROL = /[\x00-\x08\x0e-\x19\x1b-\x1f]/;
const ZIP_END_OF_DIRECTORY = Buffer.from([0x50, 0x4b, 0x05, 0x06]);

export const Unsupported = (message: string) => new AppError(415, 'unsupported_media_type', message);
const ALLOWED = 'Allowed are PDF, DOCX, XLSX, PPTX, ODT, ODS, ODP, CSV, TXT, PNG and JPEG.';

/**
 * The type comes from the bytes, and it must be the one the extension promises. Text files
 * must be UTF-8 text that is not markup; binary files must not carry HTML near their start
 * or a second (ZIP) file appended at their end — the usual polyglots.
 */
export async function checkUploadType(filePath: string, filename: string, size: number): Promise<string> {
  const ext = extensionOf(filename);
  if (!(ext in UPLOAD_TYPES)) throw Unsupported(`Files of type “.${ext || '?'}” are not accepted. ${ALLOWED}`);
  const expected: string = UPLOAD_TYPES[ext as UploadExtension];
  if (size === 0) throw Unsupported('The file is empty.');

  const sniffed = await fileTypeFromFile(filePath);
  const { head, tail } = await readEdges(filePath, size);
  if (TEXT_TYPES.has(expected)) {
    if (sniffed || !isPlainText(head)) throw mismatch(ext);
    return expected;
  }
  if (sniffed?.mime !== expected) throw mismatch(ext);
  if (MARKUP.test(head.toString('latin1'))) throw Unsupported('The file contains web page code and is refused.');
  if (!ZIP_TYPES.has(expected) && tail.includes(ZIP_END_OF_DIRECTORY)) {
    throw Unsupported('The file hides a second file inside it and is refused.');
  }
  return expected;
}

function mismatch(ext: string) {
  return Unsupported(`The content of the file is not a valid .${ext} file. ${ALLOWED}`);
}

/**
 * Text as spreadsheets and editors write it: UTF-8, UTF-16 with a byte-order mark, or an 8-bit
 * code page (German CSV exports from Excel are often Windows-1252) — without binary control
 * characters and not starting as markup.
 */
function isPlainText(head: Buffer): boolean {
  let text: string;
  if (head[0] === 0xff && head[1] === 0xfe) text = new TextDecoder('utf-16le').decode(head);
  else if (head[0] === 0xfe && head[1] === 0xff) text = new TextDecoder('utf-16be').decode(head);
  else if (head.includes(0)) return false;
  else {
    try {
      // stream: true tolerates a character cut in half at the end of the sample
      text = new TextDecoder('utf-8', { fatal: true }).decode(head, { stream: true });
    } catch {
      text = new TextDecoder('windows-1252').decode(head);
    }
  }
  text = text.replace(/^\uFEFF/, '');
  return !BINARY_CONTROL.test(text) && !MARKUP_START.test(text);
}

async function readEdges(filePath: string, size: number) {
  const handle = await open(filePath, 'r');
  try {
    const head = Buffer.alloc(Math.min(HEAD_BYTES, size));
    await handle.read(head, 0, head.length, 0);
    const tail = Buffer.alloc(Math.min(TAIL_BYTES, size));
    await handle.read(tail, 0, tail.length, size - tail.length);
    return { head, tail };
  } finally {
    await handle.close();
  }
}
