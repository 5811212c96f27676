import type { IncomingMessage } from 'node:http';
import busboy from 'busboy';
import { TooLarge, ValidationError } from '../lib/errors.ts';

/** Room for multipart boundaries and a few small fields around the file. */
const ENVELOPE_BYTES = 64 * 1024;

/**
 * A file sent either as the request body itself or as the `file` part of a multipart form, read
 * into memory up to `maxBytes` (413 past it: a declared length is refused before reading, an
 * undeclared one as soon as it passes). Small form fields come along.
 */
export async function readUpload(req: IncomingMessage, maxBytes: number): Promise<{ data: Buffer; fields: Record<string, string>; filename: string }> {
  if (Number(req.headers['content-length']) > maxBytes + ENVELOPE_BYTES) {
    req.resume();
    throw TooLarge(maxBytes);
  }
  if (!req.headers['content-type']?.startsWith('multipart/form-data')) return { data: await readAll(req, maxBytes), fields: {}, filename: '' };
  let parser: busboy.Busboy;
  try {
    parser = busboy({ headers: req.headers, limits: { fileSize: maxBytes, files: 1, fields: 10, fieldSize: 4096 } });
  } catch {
    throw ValidationError({ file: 'The upload is not valid multipart/form-data.' });
  }
  const fields: Record<string, string> = {};
  const chunks: Buffer[] = [];
  let failure: Error | undefined;
  let gotFile = false;
  parser.on('field', (name, value) => (fields[name] = value));
  let filename = '';
  parser.on('file', (_name, stream, info) => {
    gotFile = true;
    filename = info.filename ?? '';
    stream.on('data', (c: Buffer) => chunks.push(c));
    stream.on('limit', () => (failure ??= TooLarge(maxBytes)));
  });
  await new Promise<void>((resolve) => {
    parser.on('close', resolve);
    parser.on('error', (err: Error) => {
      failure ??= ValidationError({ file: `The upload could not be read: ${err.message}` });
      resolve();
    });
    req.on('close', () => {
      if (!req.complete) {
        failure ??= ValidationError({ file: 'The upload was aborted.' });
        parser.destroy();
        resolve();
      }
    });
    req.pipe(parser);
  });
  if (failure) {
    req.unpipe(parser);
    req.resume();
    throw failure;
  }
  if (!gotFile) throw ValidationError({ file: 'Send the file in the field “file”.' });
  return { data: Buffer.concat(chunks), fields, filename };
}

function readAll(req: IncomingMessage, maxBytes: number): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > maxBytes) {
        req.removeAllListeners('data');
        req.resume();
        reject(TooLarge(maxBytes));
        return;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}
