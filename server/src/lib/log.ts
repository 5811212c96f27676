import { errorChain } from './error-chain.ts';

/**
 * Logging that never carries user content: no SQL parameters, no database messages (they can quote
 * values), no request bodies, no e-mail addresses. An error is logged by its class, its code
 * (SQLSTATE for database errors), the statement that failed and its stack frames.
 */

interface ErrorLike {
  name?: unknown;
  message?: unknown;
  code?: unknown;
  stack?: unknown;
  /** DrizzleQueryError: the statement with $n placeholders (its `params` are never read) */
  query?: unknown;
  /** pg / PGlite DatabaseError */
  severity?: unknown;
  routine?: unknown;
  constraint?: unknown;
}

const isDatabaseError = (e: ErrorLike) => typeof e.severity === 'string';

function frames(stack: unknown): string[] {
  return typeof stack === 'string' ? stack.split('\n').filter((line) => line.startsWith('    at ')).slice(0, 8) : [];
}

/** One error and its causes as log lines, without user content. */
export function describeError(err: unknown): string {
  if (!err || typeof err !== 'object') return `thrown ${typeof err}`;
  const lines: string[] = [];
  for (const e of errorChain(err) as Generator<ErrorLike>) {
    if (lines.length) lines.push('caused by:');
    const name = typeof e.name === 'string' ? e.name : 'Error';
    const code = typeof e.code === 'string' || typeof e.code === 'number' ? ` [${e.code}]` : '';
    if (isDatabaseError(e)) {
      const where = [e.routine && `routine ${e.routine}`, e.constraint && `constraint ${e.constraint}`].filter(Boolean).join(', ');
      lines.push(`database error${code}${where ? ` (${where})` : ''}`);
    } else if (typeof e.query === 'string') {
      lines.push(`${name}: statement failed: ${e.query.replace(/\s+/g, ' ').slice(0, 500)}`);
    } else {
      lines.push(`${name}${code}: ${typeof e.message === 'string' ? e.message.slice(0, 300) : ''}`);
    }
    if (e === err) lines.push(...frames(e.stack));
  }
  return lines.join('\n');
}

export type LogFields = Record<string, string | number | boolean | null | undefined>;

/**
 * LOG_FORMAT: `json` (one object a line: time, level, msg and the fields — what a log collector
 * reads), or `text` (the line alone, for a person at a terminal). Unset: text on a terminal, JSON
 * otherwise (a service under systemd or in a container).
 */
const jsonLogs = () => (process.env.LOG_FORMAT ? process.env.LOG_FORMAT === 'json' : !process.stdout.isTTY);

/** One log line. `msg` never carries user content; `fields` add what a collector filters by (request id, status …). */
export function log(level: 'info' | 'error', msg: string, fields: LogFields = {}): void {
  const write = level === 'error' ? console.error : console.log;
  if (jsonLogs()) write(JSON.stringify({ time: new Date().toISOString(), level, msg, ...fields }));
  else write(fields.requestId ? `${msg} (request ${fields.requestId})` : msg);
}

/** Logs a failure with where it happened and, for a request, its id (also sent as X-Request-Id). */
export function logError(where: string, err: unknown, requestId?: string): void {
  const error = describeError(err);
  if (jsonLogs()) log('error', `error in ${where}`, { where, requestId, error });
  else log('error', `error in ${where}: ${error}`, { requestId });
}

/**
 * For callbacks that run outside a request (timers, adapter and socket events): a throw or a
 * rejection is logged, never an uncaught exception that ends the process.
 */
export function guarded<A extends unknown[]>(where: string, fn: (...args: A) => unknown): (...args: A) => void {
  return (...args) => {
    try {
      const result = fn(...args);
      if (result instanceof Promise) result.catch((e: unknown) => logError(where, e));
    } catch (e) {
      logError(where, e);
    }
  };
}
