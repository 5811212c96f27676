import { parentPort } from 'node:worker_threads';
import type { ExtractionProblem } from '@praxisnetz/shared';
import { extractText } from './text-extractors.ts';

/** What the job asks a worker, one file at a time, and what the worker answers. */
export interface ExtractRequest {
  filePath: string;
  mime: string;
}
export type ExtractReply = { ok: true; text: string } | { ok: false; problem: ExtractionProblem; error: string };

const ERROR_MAX = 300;

// A thread of its own, under the job's resource limits: a hostile or huge file costs this
// thread's heap and time, never the server's event loop. The job ends it when its run is over.
parentPort!.on('message', async ({ filePath, mime }: ExtractRequest) => {
  let reply: ExtractReply;
  try {
    reply = { ok: true, text: await extractText(filePath, mime) };
  } catch (err) {
    const missing = (err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT';
    // A file the parser refuses will be refused again: no retry. A missing file may still arrive.
    reply = { ok: false, problem: missing ? 'missing' : 'unreadable', error: describe(err, filePath) };
  }
  parentPort!.postMessage(reply);
});

/** Short and without the store's paths: the message is kept on the file's row. */
function describe(err: unknown, filePath: string): string {
  if ((err as NodeJS.ErrnoException | undefined)?.code === 'ENOENT') return 'the stored file is missing';
  const message = err instanceof Error ? err.message : String(err);
  return message.replaceAll(filePath, '<file>').slice(0, ERROR_MAX) || 'extraction failed';
}
