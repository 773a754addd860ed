/**
 * PostgreSQL error code (SQLSTATE, e.g. `23505` unique violation, `23503` foreign-key violation)
 * somewhere in an error's cause chain: Drizzle wraps driver errors, and pg and PGlite both set `code`.
 */
export function pgErrorCode(error: unknown): string | undefined {
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    const code = (current as { code?: unknown }).code;
    if (typeof code === 'string' && /^[0-9A-Z]{5}$/.test(code)) return code;
    current = (current as { cause?: unknown }).cause;
  }
  return undefined;
}
