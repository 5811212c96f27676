import { readdir } from 'node:fs/promises';
import path from 'node:path';
import type { ApiClient, ApiResponse } from './client.ts';

export type UploadFile = { name: string; content: Blob | Uint8Array | string };

export const documentFields = (overrides: Record<string, string | string[]> = {}) => ({
  title: 'Sicherheitsaudit Nordstadt',
  description: 'Ergebnisse der Bürgerbefragung 2024.',
  type: 'safety_audit',
  language: 'de',
  ...overrides,
});

/** A multipart upload as a browser's FormData sends it: metadata first, the file last. */
export async function upload(
  client: ApiClient,
  fields: Record<string, string | string[]>,
  file: UploadFile | null,
  opts: { path?: string; accept?: string; referer?: string } = {},
): Promise<ApiResponse> {
  const form = new FormData();
  for (const [name, value] of Object.entries(fields)) for (const v of [value].flat()) form.append(name, v);
  if (file) {
    const blob = file.content instanceof Blob ? file.content : new Blob([file.content as BlobPart]);
    form.append('file', blob, file.name);
  }
  const headers: Record<string, string> = { accept: opts.accept ?? 'application/json' };
  if (client.cookie) headers.cookie = client.cookie;
  if (client.origin) headers.origin = client.origin;
  if (opts.referer) headers.referer = opts.referer;
  const res = await fetch(client.baseUrl + (opts.path ?? '/api/documents'), { method: 'POST', body: form, headers, redirect: 'manual' });
  const text = await res.text();
  const json = res.headers.get('content-type')?.includes('json');
  return { status: res.status, body: json && text ? JSON.parse(text) : text, headers: res.headers };
}

/** Every stored file under DATA_DIR/files (the temp folder aside). */
export async function storedFiles(dataDir: string): Promise<string[]> {
  const root = path.join(dataDir, 'files');
  const entries = await readdir(root, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && !path.relative(root, e.parentPath).startsWith('tmp'))
    .map((e) => e.name)
    .sort();
}

export const tempFiles = (dataDir: string) => readdir(path.join(dataDir, 'files', 'tmp'));
