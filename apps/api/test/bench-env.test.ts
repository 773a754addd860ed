import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

// turbo passes a task only the variables it declares: one a bench reads but `turbo.json` leaves out is
// silently dropped by `pnpm bench` (#10: DATABASE_URL, then BENCH_PDF_RUNS, were).
const benchDir = new URL('../bench/', import.meta.url);
const repoRoot = new URL('../../../', import.meta.url);

function variablesReadByBenches(): string[] {
  const names = new Set<string>();
  for (const file of readdirSync(benchDir)) {
    if (!/\.(ts|mjs)$/.test(file)) continue;
    const text = readFileSync(new URL(file, benchDir), 'utf8');
    for (const match of text.matchAll(/process\.env\.([A-Z0-9_]+)/g)) names.add(match[1] as string);
  }
  return [...names].sort();
}

describe('bench environment', () => {
  const read = variablesReadByBenches();

  it('finds the variables the benches read', () => {
    expect(read).toEqual(expect.arrayContaining(['BENCH_DURATION', 'BENCH_PDF_RUNS', 'DATABASE_URL']));
  });

  it('declares every one in the bench task of turbo.json', () => {
    const turbo = JSON.parse(readFileSync(new URL('turbo.json', repoRoot), 'utf8'));
    const declared: string[] = turbo.tasks.bench.env ?? [];
    expect(read.filter((name) => !declared.includes(name))).toEqual([]);
  });

  it('documents every one in bench/README.md and in the report that rewrites it', () => {
    const readme = readFileSync(new URL('bench/README.md', repoRoot), 'utf8');
    const report = readFileSync(new URL('report.ts', benchDir), 'utf8');
    for (const name of read) {
      expect(readme, `bench/README.md names ${name}`).toContain(`\`${name}\``);
      expect(report, `bench/report.ts names ${name}`).toContain(`\`${name}\``);
    }
  });
});
