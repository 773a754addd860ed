import { readdirSync, readFileSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

// Every query key comes from the owning feature's factory (`features/<area>/api/<area>-keys.ts`), so
// invalidation and prefetching name the same key the query does (#10). A key spelled inline elsewhere,
// e.g. `queryKey: ['verify', code]`, is invisible to those helpers.
const src = join(import.meta.dirname, '..');

function sourceFiles(dir: string): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((entry) => {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) return sourceFiles(path);
    return /\.tsx?$/.test(entry.name) && !/\.test\.tsx?$/.test(entry.name) ? [path] : [];
  });
}

/** A key written as an array literal of strings, where a factory call belongs. */
const inlineKey = /queryKey:\s*\[\s*['"`]/;

describe('query keys', () => {
  it('are spelled only in the key factories', () => {
    const offenders = sourceFiles(src)
      .filter((file) => !file.endsWith('-keys.ts'))
      .filter((file) => inlineKey.test(readFileSync(file, 'utf8')))
      .map((file) => relative(src, file));
    expect(offenders).toEqual([]);
  });

  it('finds an inline key (the check itself)', () => {
    expect(inlineKey.test("queryOptions({ queryKey: ['verify', code] })")).toBe(true);
    expect(inlineKey.test('queryOptions({ queryKey: statsKeys.detail(id) })')).toBe(false);
  });
});
