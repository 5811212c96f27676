const MAX_LENGTH = 180;
const FALLBACK = 'dokument';

/** C0/C1 controls, bidi overrides and isolates, zero-width and other invisible format characters. */
const INVISIBLE = /[\p{Cc}\p{Cf}\u2028\u2029]/gu;
/** Separators and characters that Windows, macOS or shells treat specially. */
const RESERVED = /[/\\:*?"<>|]/g;

/**
 * The uploader's file name made safe to show and to offer for download: never used as a path.
 * Keeps Unicode letters (Übersicht.pdf stays Übersicht.pdf), drops invisible and reversing
 * characters (so "rechnung\u202Efdp.exe" cannot pose as a PDF), and shortens long names
 * while keeping the extension.
 */
export function neutraliseFilename(raw: string): string {
  const base = raw.normalize('NFC').split(/[/\\]/).pop() ?? '';
  const cleaned = base
    .replace(INVISIBLE, '')
    .replace(RESERVED, '_')
    .replace(/\s+/g, ' ')
    .replace(/^[\s.]+|[\s.]+$/g, '');
  const dot = cleaned.lastIndexOf('.');
  const ext = dot > 0 && cleaned.length - dot <= 6 ? cleaned.slice(dot) : '';
  let stem = (ext ? cleaned.slice(0, dot) : cleaned).trim() || FALLBACK;
  const chars = [...stem];
  if (chars.length + ext.length > MAX_LENGTH) stem = `${chars.slice(0, MAX_LENGTH - ext.length - 1).join('').trimEnd()}…`;
  return `${stem}${ext.toLowerCase()}`;
}

export function extensionOf(filename: string): string {
  const dot = filename.lastIndexOf('.');
  return dot > 0 ? filename.slice(dot + 1).toLowerCase() : '';
}
