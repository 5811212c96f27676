import { ApiErrorBody, type Document, type ErrorCode } from '@praxisnetz/shared';

export type UploadOutcome =
  | { kind: 'done'; document: Document }
  | { kind: 'refused'; code: ErrorCode; fields: string[] }
  | { kind: 'aborted' }
  /** the connection broke, or the server closed it before answering */
  | { kind: 'failed' };

export interface Upload {
  outcome: Promise<UploadOutcome>;
  abort(): void;
}

function refusal(status: number, text: string): UploadOutcome {
  let body: unknown = null;
  try {
    body = JSON.parse(text);
  } catch {
    // a proxy's HTML error page: only the status is known
  }
  const parsed = ApiErrorBody.safeParse(body);
  if (parsed.success) return { kind: 'refused', code: parsed.data.error.code, fields: Object.keys(parsed.data.error.fields ?? {}) };
  const code: ErrorCode = status === 413 ? 'payload_too_large' : status === 415 ? 'unsupported_media_type' : status === 429 ? 'rate_limited' : 'internal';
  return { kind: 'refused', code, fields: [] };
}

/**
 * Sends a multipart upload to the API as JSON client. XMLHttpRequest, because fetch cannot report
 * upload progress; `onProgress` gets the sent fraction (0…1).
 */
export function startUpload(url: string, body: FormData, onProgress: (fraction: number) => void): Upload {
  const xhr = new XMLHttpRequest();
  const outcome = new Promise<UploadOutcome>((resolve) => {
    xhr.upload.onprogress = (event) => {
      if (event.lengthComputable && event.total > 0) onProgress(event.loaded / event.total);
    };
    xhr.onload = () => {
      if (xhr.status === 201 || xhr.status === 200) {
        try {
          resolve({ kind: 'done', document: (JSON.parse(xhr.responseText) as { document: Document }).document });
        } catch {
          resolve({ kind: 'failed' });
        }
        return;
      }
      resolve(refusal(xhr.status, xhr.responseText));
    };
    xhr.onerror = () => resolve({ kind: 'failed' });
    xhr.onabort = () => resolve({ kind: 'aborted' });
    xhr.open('POST', url);
    xhr.setRequestHeader('accept', 'application/json');
    xhr.send(body);
  });
  return { outcome, abort: () => xhr.abort() };
}
