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
    '(see `docs/spec/quality.md`), so the numbers hold on shared, noisy machines.',
    'The budgets are for production, i.e. PostgreSQL: run `DATABASE_URL=postgres://… pnpm bench`.',
    'Without it the embedded PGlite (one connection, in-process) is measured, for information.',
    '',
    'Variables the benches read (each declared in the `bench` task of `turbo.json`, since turbo passes',
    'only declared variables to a task):',
    '',
    '- `DATABASE_URL`: the PostgreSQL server to measure; unset, the embedded PGlite.',
    '- `BENCH_DURATION`: seconds each load run of the API read and section save benches lasts',
    '  (default 8).',
    '- `BENCH_PDF_RUNS`: paired timed renders of the full 评审表 and its plain pdfkit baseline, after one',
    '  warm-up each (default 3).',
    '',
    '| figure | measured | baseline | ratio | budget | result |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Known misses',
    '',
    '- **100 MB upload, throughput ratio.** The baseline writes a generated stream through the local',
    '  driver into the page cache (1–2 GB/s on the 2-core CI machine since the driver batches writes in',
    '  1 MB). The API path receives the body over loopback, parses multipart and hashes SHA-256 on one',
    '  thread (about 300–400 MB/s there, twice what it was before the driver change), so it reaches',
    '  about 0.2–0.3 of the baseline. Memory stays flat (RSS growth within budget). Moving hashing and',
    '  parsing off the main thread is the open lead.',
    '- **Event-loop lag while 评审表 PDFs render** (budget p99 ≤ 50 ms): measured while other jobs kept',
    '  the 2-core machine at a load of 10–19, where the idle loop alone reached a p99 of about 50 ms. In',
    '  two paired runs under that load the react-pdf renderer this one replaced scored 220 and 163 ms,',
    '  this one 721 and 164 ms: the figure follows the load, and on a quiet machine it was 30 ms. The',
    '  renders finish in a third of the time they took (ADR 0010), so the window holds fewer probes and',
    '  the thread start weighs more in the p99. To be measured again on a quiet machine.',
    "- **PGlite rows** are for information: the embedded database runs in the API's own process (one",
    '  connection, WebAssembly), so it competes with the server for the same thread; production runs on',
    '  PostgreSQL, where the budgets apply.',
    '',
  ].join('\n');
  writeFileSync(new URL('README.md', root), readme);
}
