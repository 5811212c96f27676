import type { IncomingMessage } from 'node:http';
import type { Readable } from 'node:stream';
import busboy from 'busboy';
import { AppError, TooLarge, ValidationError } from '../../lib/errors.ts';
import type { FileStore, TempFile } from './file-store.ts';

/** Room for the metadata fields and multipart boundaries around the file. */
const ENVELOPE_BYTES = 1024 * 1024;

export interface ReceivedUpload {
  fields: Record<string, string | string[]>;
  file: (TempFile & { filename: string }) | null;
}


/**
 * Reads a multipart upload: fields into memory (small, capped), the one `file` part streamed
 * into the store's temp folder. On any failure — too large, aborted by the client, malformed —
 * the temp file is gone before this rejects.
 */
export async function receiveUpload(req: IncomingMessage, store: FileStore, maxBytes: number): Promise<ReceivedUpload> {
  if (!req.headers['content-type']?.startsWith('multipart/form-data')) {
    throw ValidationError({ file: 'Send the file as multipart/form-data.' });
  }
  const declared = Number(req.headers['content-length']);
  if (declared > maxBytes + ENVELOPE_BYTES) throw TooLarge(maxBytes);

  let parser: busboy.Busboy;
  try {
    parser = busboy({
      headers: req.headers,
      defParamCharset: 'utf8',
      limits: { fileSize: maxBytes, files: 1, fields: 30, fieldSize: 16 * 1024, parts: 40 },
    });
  } catch {
    throw ValidationError({ file: 'The upload is not valid multipart/form-data.' });
  }

  const fields: Record<string, string | string[]> = {};
  let receiving: Promise<(TempFile & { filename: string }) | null> = Promise.resolve(null);
  let failure: Error | undefined;
  let current: Readable | undefined;
  const fail = (err: Error) => (failure ??= err);

  parser.on('field', (name, value) => {
    const existing = fields[name];
    fields[name] = existing === undefined ? value : [...(Array.isArray(existing) ? existing : [existing]), value];
  });
  parser.on('file', (name, stream, info) => {
    if (name !== 'file') {
      fail(ValidationError({ file: 'Send the document in the field “file”.' }));
      stream.resume();
      return;
    }
    // Past the limit busboy drops the rest of the part; the truncated temp file is discarded below.
    stream.on('limit', () => fail(TooLarge(maxBytes)));
    current = stream;
    receiving = store.receive(stream).then(
      (temp) => ({ ...temp, filename: info.filename ?? '' }),
      (err: Error) => {
        fail(err);
        return null;
      },
    );
  });
  parser.on('filesLimit', () => fail(ValidationError({ file: 'Send one file at a time.' })));
  parser.on('partsLimit', () => fail(ValidationError({ file: 'The upload has too many parts.' })));

  await new Promise<void>((resolve) => {
    parser.on('close', resolve);
    parser.on('error', (err: Error) => {
      fail(ValidationError({ file: `The upload could not be read: ${err.message}` }));
      resolve();
    });
    // A client that goes away mid-upload: end the parser, which ends the file stream early.
    req.on('close', () => {
      if (!req.complete) {
        const aborted = new AppError(400, 'validation_failed', 'The upload was aborted.');
        fail(aborted);
        current?.destroy(aborted);
        parser.destroy(aborted);
        resolve();
      }
    });
    req.pipe(parser);
  });

  const file = await receiving;
  if (failure) {
    if (file) await store.discard(file);
    req.unpipe(parser);
    req.resume();
    throw failure;
  }
  return { fields, file };
}
