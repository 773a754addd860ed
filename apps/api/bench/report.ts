import { existsSync, readFileSync, writeFileSync } from 'node:fs';

export interface BenchFigure {
  figure: string;
  measured: string;
  baseline: string;
  ratio: number;
  budget: string;
  pass: boolean;
}

const root = new URL('../../../bench/', import.meta.url);

/**
 * Merges figures into bench/results.json (keyed by figure name, so each benchmark owns its rows) and
 * rewrites the table in bench/README.md.
 */
export function writeReport(figures: BenchFigure[]): void {
  const resultsFile = new URL('results.json', root);
  const previous: Record<string, BenchFigure & { measuredAt: string }> = existsSync(resultsFile)
    ? JSON.parse(readFileSync(resultsFile, 'utf8'))
    : {};
  const measuredAt = new Date().toISOString();
  for (const f of figures) previous[f.figure] = { ...f, measuredAt };
  writeFileSync(resultsFile, `${JSON.stringify(previous, null, 2)}\n`);

  const rows = Object.values(previous).map(
    (f) =>
      `| ${f.figure} | ${f.measured} | ${f.baseline} | ${f.ratio.toFixed(2)} | ${f.budget} | ${f.pass ? 'pass' : '**FAIL**'} |`,
  );
  const readme = [
    '# Benchmarks',
    '',
    'Written by `pnpm bench`. Every figure is a ratio against a baseline measured in the same run',
    '(see `../shared/spec/quality.md`), so the numbers hold on shared, noisy machines.',
    'The budgets are for production, i.e. PostgreSQL: run `DATABASE_URL=postgres://… pnpm bench`.',
    'Without it the embedded PGlite (one connection, in-process) is measured, for information.',
    '',
    '| figure | measured | baseline | ratio | budget | result |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
  ].join('\n');
  writeFileSync(new URL('README.md', root), readme);
}
