import type { ExtractionProblem } from '@praxisnetz/shared';
import type { Db } from '../../../db/client.ts';
import { describeError, log, logError } from '../../../lib/log.ts';
import type { FileStore } from '../file-store.ts';
import { createExtractorThread, type ExtractorThread } from './extractor-thread.ts';
import {
  type ClaimedFile,
  claimNextFile,
  markWithoutText,
  recordExtractionFailure,
  saveExtractedText,
} from './extraction.repo.ts';
import { hasExtractableText } from './text-extractors.ts';

export const EXTRACTION_MAX_ATTEMPTS = 5;
/** The same file fails the same way again: a parser's refusal, or more memory than allowed. */
const GIVE_UP_AT_ONCE = new Set<ExtractionProblem>(['unreadable', 'too_large']);
const EXTRACTION_TIMEOUT_MS = 60_000;
/** Longer than any extraction may take, so a lease only runs out when its node died. */
const LEASE_SECONDS = 5 * 60;
/** 30 s, 2 min, 8 min, 32 min: a passing problem (a file not yet synced, a busy node) gets time to pass. */
const RETRY_BASE_SECONDS = 30;

export interface ExtractionJob {
  /** Polls every pollMs; until then the job does nothing on its own. */
  start(): void;
  /** Lets the current extraction finish, then stops polling. */
  stop(): Promise<void>;
  /** A file was queued (an upload committed): run soon rather than at the next poll. No-op unless started. */
  nudge(): void;
  /** Extracts every file that is due, one after another; resolves with how many were taken. */
  runPending(): Promise<number>;
}

/**
 * Extracts uploaded files' text in the background, so an upload returns as soon as its file is
 * stored. Files wait in `files` (extraction_status 'pending'); any number of nodes may run this.
 */
export function createExtractionJob(deps: {
  db: Db;
  fileStore: FileStore;
  pollMs?: number;
  timeoutMs?: number;
}): ExtractionJob {
  const { db, fileStore, pollMs = 5000, timeoutMs = EXTRACTION_TIMEOUT_MS } = deps;
  let started = false;
  let stopped = false;
  let timer: NodeJS.Timeout | undefined;
  /** settles when the last run ended: runs go one after another */
  let previous: Promise<unknown> = Promise.resolve();
  /** a run waiting for the current one: later callers share it, as it will see their files too */
  let queued: Promise<number> | undefined;

  async function drain(): Promise<number> {
    const thread = createExtractorThread(timeoutMs);
    let taken = 0;
    try {
      for (let file = await claim(); file; file = await claim()) {
        await extract(file, thread);
        taken++;
      }
    } finally {
      await thread.close();
    }
    return taken;
  }

  const claim = () => (stopped ? undefined : claimNextFile(db, LEASE_SECONDS));

  async function extract(file: ClaimedFile, thread: ExtractorThread): Promise<void> {
    if (!hasExtractableText(file.mime)) return markWithoutText(db, file.sha256);
    const reply = await thread.extract({ filePath: fileStore.pathOf(file.sha256), mime: file.mime });
    let failure = reply.ok ? undefined : { problem: reply.problem, error: reply.error };
    if (reply.ok) {
      // The database is busy or away: worth another attempt.
      // PostgreSQL text holds no NUL; a file's text may.
      failure = await saveExtractedText(db, file.sha256, reply.text.replaceAll('\u0000', '')).then(
        () => undefined,
        (err: unknown) => ({ problem: 'store_failed' as const, error: `could not store the text: ${describeError(err).split('\n')[0]}` }),
      );
    }
    if (failure === undefined) return;
    const last = file.attempts >= EXTRACTION_MAX_ATTEMPTS || GIVE_UP_AT_ONCE.has(failure.problem);
    await recordExtractionFailure(db, file.sha256, failure.problem, last ? null : RETRY_BASE_SECONDS * 4 ** (file.attempts - 1));
    log(
      'error',
      `text extraction ${last ? 'gave up on' : 'failed for'} file ${file.sha256.slice(0, 12)} (${file.mime}, ` +
        `attempt ${file.attempts}/${EXTRACTION_MAX_ATTEMPTS}): ${failure.problem}: ${failure.error}`,
      { file: file.sha256.slice(0, 12), problem: failure.problem, attempt: file.attempts },
    );
  }

  function runPending(): Promise<number> {
    if (!queued) {
      const run = previous.then(() => {
        queued = undefined;
        return drain();
      });
      queued = run;
      previous = run.catch(() => undefined);
    }
    return queued;
  }

  function runInBackground() {
    runPending().catch((err: unknown) => logError('text extraction run', err));
  }

  return {
    start() {
      if (started || stopped) return;
      started = true;
      timer = setInterval(runInBackground, pollMs);
      timer.unref();
      runInBackground();
    },
    async stop() {
      stopped = true;
      clearInterval(timer);
      await previous;
    },
    nudge() {
      if (started && !stopped) runInBackground();
    },
    runPending,
  };
}
