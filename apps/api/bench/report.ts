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
 * `BENCH_SMOKE=1` (CI): small sizes and short runs so the benches cannot rot. Ratios on a shared CI
 * machine say little, so budgets are informational there and nothing is written to bench/.
 */
export const smoke = process.env.BENCH_SMOKE === '1';

/**
 * Sets the exit status: a full run fails on any figure over budget; a smoke run only when something
 * broke (`broken`: errors, lost writes), since its ratios are informational.
 */
export function failIf(figures: BenchFigure[], broken: boolean): void {
  if (smoke ? broken : figures.some((f) => !f.pass)) process.exitCode = 1;
}

/**
 * Merges figures into bench/results.json (keyed by figure name, so each benchmark owns its rows) and
 * rewrites the table in bench/README.md.
 */
export function writeReport(figures: BenchFigure[]): void {
  if (smoke) {
    console.log(`bench (smoke, not written to bench/): ${figures.map((f) => f.figure).join('; ')}`);
    return;
  }
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
    '- `BENCH_QUEUE_LARGE` / `BENCH_QUEUE_SMALL`: applications in the two data sets of the reviewer queue',
    '  bench (default 1,000,000 and 10,000).',
    '- `BENCH_PEAK_SECONDS`: how long the deadline peak lasts (default 60).',
    '- `BENCH_SMOKE` (set to 1): the small, fast version `.ci/run` runs after `pnpm test` (queue 2,000 vs 500,',
    '  peak 10 s with 50 applicants and 5 reviewers, 3 × 5 MB uploads, 2-second load runs, one PDF run).',
    '  It fails only on errors, lost writes or crashes; its ratios are printed, not budgeted, and',
    '  nothing is written here.',
    '',
    'The queue and peak benches need PostgreSQL (the data sets come from `seedLarge`); without',
    '`DATABASE_URL` they say so and skip.',
    '',
    '## The full run',
    '',
    '`DATABASE_URL=postgres://postgres@127.0.0.1:5432/postgres pnpm bench` runs everything at the',
    'documented sizes. One part: `cd apps/api && DATABASE_URL=… pnpm exec tsx --conditions=development',
    'bench/<name>.bench.ts` with `<name>` one of `api-read`, `section-save`, `upload`, `review-form`,',
    '`queue`, `peak`.',
    '',
    '- **Reviewer queue at size**: each data set is generated once by `seedLarge` (seed 1) into its own',
    "  database `zc_bench_<applications>_s1` and reused while it holds seedLarge's marker (`seed.large` in",
    '  `app_meta`) for that size and generator version; an interrupted or older one is dropped and made',
    '  again; a reused one is migrated first. Generation runs at about 0.6–1 ms per application on an',
    '  idle machine (10,000 in about 10 s, 100,000 in 1–3 minutes, 1,000,000 in 10–20 minutes; longer',
    '  under load), so only the first full run pays for it. `dropdb zc_bench_1000000_s1` forces a fresh one.',
    '  The five queries: 单位 queue (`unitadmin`, submitted + unit_review), department queue',
    '  (`swjreviewer`, dept_review), committee queue (`slsecretary`, committee_review), name search',
    '  (`bureauadmin`, q=张伟) and the status counts (`bureauadmin`); 100 timed rounds after 5 warm-ups,',
    '  the two servers side by side and the requests alternating between them. The ratio is the worst',
    "  query's p95 ratio.",
    '- **Deadline peak**: a fresh database `zc_bench_peak_<pid>` (dropped afterwards) with 10,000',
    '  generated applications beside 500 applicants of the peak (each a draft in the open cycle, demo',
    '  password). The load runs in its own process (`peak-client.mjs`): applicants save',
    '  自我评价 about every 3 s (2.25–3.75 s) with If-Match, reviewers (unit admin starting reviews, department approving,',
    '  committee passing with votes, bureau admin reading counts) page their queues every 0.5–1.5 s and',
    '  decide one application each round. The idle run (4 applicants, one reviewer per desk) comes first',
    "  on the same server. After the peak every applicant's last acknowledged save is read back.",
    '  A third of the way in, the concurrent uploads start while `/healthz` is probed every 20 ms; the',
    "  RSS growth is the server process's (the load runs elsewhere).",
    '- **Upload profile** (`node --cpu-prof` on the 100 MB upload): the server thread spends about',
    '  0.6 s of CPU per 100 MB — SHA-256 0.19 s, multipart parsing 0.19 s and the PDF page scan 0.2 s,',
    '  half of which copied every chunk to join the carried tail. The scan now joins only the tail and',
    "  the chunk's first bytes (100 MB in 1 MB chunks: 50–110 ms instead of 360–1,000 ms).",
    '',
    '| figure | measured | baseline | ratio | budget | result |',
    '|---|---|---|---|---|---|',
    ...rows,
    '',
    '## Known misses',
    '',
    '- **Deadline peak: the 3× budget is not met on this machine, and cannot be measured here.** The',
    '  quiet 2-core run answered every save offered (10,032 of ~10,000 in 60 s, 0 errors, 0 lost',
    "  writes), but the API's event loop was 86% busy and both CPUs 86% busy: the API, PostgreSQL and",
    '  the load generator (550 simulated people) share the two cores. At that utilisation requests',
    "  queue — a single server's waiting time grows about as 1 ÷ (1 − utilisation), some 7× at 86% —",
    "  so every route's p95 is 8–18× its idle p95 (queue page 8.4, counts 13.7, section save 14.1,",
    '  transitions 17.9), while the same queries take 8–50 ms on the 1,000,000-row data set when the',
    '  machine is otherwise idle (queue row). The budget presumes headroom; it can be checked only with',
    '  the load generator and PostgreSQL on other machines than the API (or with more API processes,',
    '  docs/operations.md). What the profile showed and what was fixed: the server thread spent most',
    '  of its busy time writing to PostgreSQL sockets and building queries, so the autosave of a saved',
    '  section became one statement instead of three (section save 520 → 746 req/s, peak save p95',
    '  1,142 → 875 ms on the same machine). Transitions (≈10 statements in one transaction, the audit',
    '  hash chain serialising audit inserts on one row until commit) suffer most; sealing the chain',
    '  asynchronously is the next step if a production peak shows it.',
    '- **/healthz during the peak uploads** (p99 204 ms, budget 50 ms): the probe does no I/O and waits',
    '  behind the same saturated event loop; the RSS growth (+60 MB) is within its 64 MB budget.',
    "- **PGlite rows** are for information: the embedded database runs in the API's own process (one",
    '  connection, WebAssembly), so it competes with the server for the same thread; production runs on',
    '  PostgreSQL, where the budgets apply.',
    '',
  ].join('\n');
  writeFileSync(new URL('README.md', root), readme);
}
