// `pnpm bench`: runs every benchmark, even after one misses its budget, and fails at the end if any did
// (each writes its own rows into bench/results.json and bench/README.md).
import { spawnSync } from 'node:child_process';

const benches = ['api-read', 'section-save', 'upload', 'review-form', 'queue', 'peak'];

// BENCH_SMOKE=1 (CI): every bench at small sizes and short runs, failing only on errors, lost writes or
// crashes (report.ts); explicit BENCH_* values still win.
const env = { ...process.env };
if (env.BENCH_SMOKE === '1') {
  env.BENCH_DURATION ??= '2';
  env.BENCH_PDF_RUNS ??= '1';
}

// Say which database is measured: a DATABASE_URL lost on the way (turbo passes only declared
// variables) would otherwise silently measure the embedded PGlite.
const url = process.env.DATABASE_URL;
console.log(
  url
    ? `bench: measuring PostgreSQL at ${describe(url)}`
    : 'bench: measuring the embedded PGlite (set DATABASE_URL to measure PostgreSQL, where the budgets apply)',
);

function describe(connection) {
  try {
    const u = new URL(connection);
    return `${u.hostname}:${u.port || 5432}${u.pathname}`;
  } catch {
    return '(unparsable DATABASE_URL)';
  }
}
const failed = benches.filter((name) => {
  const run = spawnSync('tsx', ['--conditions=development', `bench/${name}.bench.ts`], {
    stdio: 'inherit',
    env,
    shell: process.platform === 'win32',
  });
  return run.status !== 0;
});
if (failed.length > 0) {
  console.error(`bench: over budget or failed: ${failed.join(', ')}`);
  process.exit(1);
}
