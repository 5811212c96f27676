import { errorChain } from '../lib/error-chain.ts';

/**
 * Whether the database is reachable. A restart, failover or pooler timeout ends its connections;
 * until it answers again requests get 503 and the process keeps running. Once a ping succeeds,
 * `onRecovered` listeners run (live clients are told to re-sync).
 */

/** SQLSTATE classes and codes that mean "the server is away", not "the statement is wrong". */
const UNAVAILABLE_SQLSTATE = /^(08|57P0[1-4]|53300|3D000)/;
const UNAVAILABLE_NODE_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'ETIMEDOUT', 'EPIPE', 'ENOTFOUND', 'EAI_AGAIN', 'EHOSTUNREACH', 'ENETUNREACH']);
const UNAVAILABLE_MESSAGES = /Connection terminated|connection timeout|timeout exceeded when trying to connect|not queryable|Client was closed/i;

export function isDatabaseUnavailable(err: unknown): boolean {
  for (const e of errorChain(err)) {
    if (typeof e.code === 'string' && (UNAVAILABLE_NODE_CODES.has(e.code) || ('severity' in e && UNAVAILABLE_SQLSTATE.test(e.code)))) return true;
    if (typeof e.message === 'string' && UNAVAILABLE_MESSAGES.test(e.message) && !('severity' in e)) return true;
  }
  return false;
}

/**
 * A request that waited too long for one of the pool's connections: the answer is a 503 like an
 * unreachable server's, but the server is busy, not away. Taking it for an outage would, on the
 * "recovery" a second later, make every live client re-sync at once and busy the pool further.
 */
const POOL_BUSY = /timeout exceeded when trying to connect/i;
function isPoolBusy(err: unknown): boolean {
  for (const e of errorChain(err)) if (typeof e.message === 'string' && POOL_BUSY.test(e.message)) return true;
  return false;
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
  const log = opts.log ?? ((message) => console.error(message));
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
      if (down || stopped || !isDatabaseUnavailable(err) || isPoolBusy(err)) return;
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
