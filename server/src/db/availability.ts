import { errorChain } from '../lib/error-chain.ts';
import { log as logLine } from '../lib/log.ts';

/**
 * Whether the database is reachable. A restart, failover or pooler timeout ends its connections;
 * until it answers again requests get 503 and the process keeps running. Once a ping succeeds,
 * `onRecovered` listeners run (live clients are told to re-sync).
 */

/** SQLSTATE classes and codes that mean "the server is away", not "the statement is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4]|53300|3D000)/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|not queryable|Client was closed/i;
/** pg-pool gave up waiting for one of its connections: all of them are in use. */
const POOL_BUSY_MESSAGE = /timeout exceeded when trying to connect/i;

/**
 * Why the database could not answer, if that is what the error says: 'away' (the server is
 * unreachable or restarting) or 'busy' (every pooled connection stayed in use too long). Both are
 * a 503 for the request; only 'away' means the database is lost until a ping answers again — taking
 * a busy pool for an outage would, on the "recovery" a second later, make every live client
 * re-sync at once and busy the pool further.
 */
export function databaseTrouble(err: unknown): 'away' | 'busy' | undefined {
  for (const e of errorChain(err)) {
    const code = typeof e.code === 'string' ? e.code : undefined;
    // A PostgreSQL error's message is the server's own text: only its SQLSTATE is read.
    const message = typeof e.message === 'string' && !('severity' in e) ? e.message : undefined;
    if (code && (UNAVAILABLE_NODE_CODES.has(code) || ('severity' in e && UNAVAILABLE_SQLSTATE.test(code)))) return 'away';
    if (message && POOL_BUSY_MESSAGE.test(message)) return 'busy';
    if (message && UNAVAILABLE_MESSAGES.test(message)) return 'away';
  }
  return undefined;
}

export interface Availability {
  readonly down: boolean;
  /** called with any failure: an unavailable database is marked down and watched until it answers */
  report(err: unknown): void;
  onRecovered(listener: () => void): void;
  stop(): void;
}

export function createAvailability(ping: () => Promise<void>, opts: { retryMs?: number; log?: (message: string) => void } = {}): Availability {
  const retryMs = opts.retryMs ?? 1000;
  const log = opts.log ?? ((message) => logLine('error', message));
  const listeners: (() => void)[] = [];
  let timer: NodeJS.Timeout | undefined;
  let down = false;
  let stopped = false;

  function watch() {
    timer = setTimeout(async () => {
      try {
        await ping();
        down = false;
        log('database: reachable again');
        for (const listener of listeners) {
          try {
            listener();
          } catch (e) {
            log(`database recovery listener failed: ${e instanceof Error ? e.name : typeof e}`);
          }
        }
      } catch {
        if (!stopped) watch();
      }
    }, retryMs);
    timer.unref();
  }

  return {
    get down() {
      return down;
    },
    report(err) {
      if (down || stopped || databaseTrouble(err) !== 'away') return;
      down = true;
      log('database: connection lost; answering 503 until it is back');
      watch();
    },
    onRecovered: (listener) => void listeners.push(listener),
    stop() {
      stopped = true;
      clearTimeout(timer);
    },
  };
}
