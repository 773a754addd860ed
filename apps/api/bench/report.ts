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
    '  `app_meta`) for that size; an interrupted generation is dropped and made again; a reused one is',
    '  migrated first. Generation runs at about 0.6–1 ms per application on an idle machine (10,000 in',
    '  about 10 s, 100,000 in 1–3 minutes, 1,000,000 in 10–20 minutes; longer under load), so only',
    '  the first full run pays for it. `dropdb zc_bench_1000000_s1` forces a fresh one.',
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
    '- **Reviewer queue measured at 100,000, not 1,000,000.** The session that added the bench ran it',
    '  with `BENCH_QUEUE_LARGE=100000` on the shared 2-core machine at a load of 13–16, where generating',
    '  the 100,000 set took 368 s (10,000: 44 s); a million would have taken most of an hour there. The',
    '  four list queries stayed within budget (1.00–1.54); the **counts** (bureau scope, every',
    "  application) scored 2.56: at that commit they count the scope's rows on every request, which",
    '  grows with the data. The maintained counts table of issue #17 item 2 is the fix under way; run',
    '  the bench again at the full size once it is in (`dropdb` the data sets first if the migration',
    '  needs data seedLarge writes).',
    '- **Deadline peak and the uploads during it, measured on a saturated machine.** In the one full',
    "  run (load 15 on 2 cores, other sessions' test suites beside it) the server answered 44 saves/s",
    '  of the 167/s the 500 applicants offered: section save alone reached 23 req/s on that machine',
    '  then, against 520 req/s when it was quiet (the section save row). So the requests queued, and',
    "  every route's p95 grew 17–30× its idle p95; the same queueing put /healthz p99 at 564 ms and the",
    "  RSS growth at 113 MB (it includes the peak's own queued requests, not only the uploads; the",
    "  100 MB upload alone stays at +56 MB). What held: no errors, no lost write (all 500 applicants'",
    '  last saves read back with their versions). The ratios are to be measured again on a quiet',
    '  machine before any cause in the code is looked for.',
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
