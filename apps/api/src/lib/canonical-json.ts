/**
 * JSON with object keys sorted at every level and no whitespace: the same data always gives the same
 * text, so its SHA-256 identifies the content (snapshots, idempotency request hashes).
 */
export function canonicalJson(value: unknown): string {
  return JSON.stringify(sortKeys(value)) ?? 'null';
}

function sortKeys(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(sortKeys);
  if (value instanceof Date) return value.toISOString();
  if (value && typeof value === 'object') {
    const source = value as Record<string, unknown>;
    return Object.fromEntries(
      Object.keys(source)
        .filter((k) => source[k] !== undefined)
        .sort()
        .map((k) => [k, sortKeys(source[k])]),
    );
  }
  return value;
}
