/** An error and the errors it wraps (`cause`), outermost first: drivers and Drizzle wrap database errors. */
export function* errorChain(err: unknown, depth = 4): Generator<Record<string, unknown>> {
  for (let e = err, i = 0; e && typeof e === 'object' && i < depth; i++) {
    yield e as Record<string, unknown>;
    e = (e as { cause?: unknown }).cause;
  }
}

/** The SQLSTATE of a database error anywhere in the chain (pg and PGlite errors carry `severity`). */
export function sqlState(err: unknown): string | undefined {
  for (const e of errorChain(err)) if (typeof e.code === 'string' && 'severity' in e) return e.code;
  return undefined;
}
