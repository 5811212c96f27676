import { Worker } from 'node:worker_threads';
import type { ExtractReply, ExtractRequest } from './extract-worker.ts';

const WORKER_URL = new URL('./extract-worker.ts', import.meta.url);

/** Enough for long reports; a file that needs more is refused rather than allowed to grow the process. */
const RESOURCE_LIMITS = { maxOldGenerationSizeMb: 256, maxYoungGenerationSizeMb: 32 };

export interface ExtractorThread {
  /** Never rejects: a crash, a timeout or a thrown error comes back as { ok: false }. */
  extract(request: ExtractRequest): Promise<ExtractReply>;
  close(): Promise<void>;
}

/**
 * One worker reused for a run's files, since starting one and loading pdf.js costs ~0.3 s.
 * A worker that crashed or ran out of time is terminated; the next file gets a fresh one.
 */
export function createExtractorThread(timeoutMs: number): ExtractorThread {
  let worker: Worker | undefined;

  const spawn = () => {
    const fresh = new Worker(WORKER_URL, { resourceLimits: RESOURCE_LIMITS });
    // An error while idle between files must not become an unhandled 'error' event of the server.
    fresh.on('error', () => discard(fresh));
    return fresh;
  };
  const discard = (w: Worker) => {
    if (worker === w) worker = undefined;
    void w.terminate();
  };

  return {
    extract(request) {
      const current = (worker ??= spawn());
      return new Promise((resolve) => {
        const finish = (reply: ExtractReply, broken: boolean) => {
          clearTimeout(timer);
          current.off('message', onMessage).off('error', onError).off('exit', onExit);
          if (broken) discard(current);
          resolve(reply);
        };
        const onMessage = (reply: ExtractReply) => finish(reply, false);
        const onError = (err: Error) => finish(crashReply(err), true);
        const onExit = (code: number) => finish({ ok: false, problem: 'crashed', error: `extraction stopped (exit code ${code})` }, true);
        const timer = setTimeout(
          () => finish({ ok: false, problem: 'timeout', error: `extraction took longer than ${Math.round(timeoutMs / 1000)} s` }, true),
          timeoutMs,
        );
        current.on('message', onMessage).on('error', onError).on('exit', onExit);
        current.postMessage(request);
      });
    },

    async close() {
      const last = worker;
      worker = undefined;
      await last?.terminate();
    },
  };
}

function crashReply(err: Error): ExtractReply {
  if ((err as NodeJS.ErrnoException).code === 'ERR_WORKER_OUT_OF_MEMORY') {
    return { ok: false, problem: 'too_large', error: 'extraction needed more memory than allowed' };
  }
  return { ok: false, problem: 'crashed', error: `extraction crashed: ${err.message.slice(0, 200)}` };
}
