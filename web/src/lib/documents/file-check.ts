import { UPLOAD_TYPES } from '@praxisnetz/shared';

const extensionOf = (filename: string) => /\.([^.]+)$/.exec(filename)?.[1]?.toLowerCase() ?? '';

/** "PDF", "DOCX": how the library names a file's format. */
export const formatLabel = (filename: string) => extensionOf(filename).toUpperCase() || '–';

/** The checks the API makes first, so a wrong file is refused before it travels. The API checks the bytes, too. */
export function checkFile(file: File, maxBytes: number): 'unsupported_media_type' | 'payload_too_large' | 'empty' | null {
  if (!Object.hasOwn(UPLOAD_TYPES, extensionOf(file.name))) return 'unsupported_media_type';
  if (file.size > maxBytes) return 'payload_too_large';
  if (file.size === 0) return 'empty';
  return null;
}

/** A quick upload's title: the file name without its extension, long enough for the API. */
export function titleFromFilename(filename: string, min: number, max: number): string {
  const base = filename.replace(/\.[^.]+$/, '').replace(/[_]+/g, ' ').trim();
  const title = base.length >= min ? base : filename;
  return title.slice(0, max);
}
