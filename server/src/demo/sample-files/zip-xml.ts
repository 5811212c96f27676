import { type Zippable, zipSync } from 'fflate';

const encoder = new TextEncoder();

/** Entries in the given order; `stored` ones uncompressed (ODF's `mimetype` must be first and stored). */
export function zip(entries: [name: string, content: string, stored?: boolean][], date: Date): Uint8Array {
  const files: Zippable = {};
  for (const [name, content, stored] of entries) files[name] = [encoder.encode(content), { level: stored ? 0 : 6 }];
  return zipSync(files, { mtime: date });
}

export const XML = '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>\n';

/** Escapes text for XML and drops the control characters XML 1.0 forbids. */
export function esc(text: string): string {
  return text
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '')
    .replaceAll('&', '&amp;')
    .replaceAll('<', '&lt;')
    .replaceAll('>', '&gt;')
    .replaceAll('"', '&quot;');
}
