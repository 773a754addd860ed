// `pnpm bench`: runs every benchmark, even after one misses its budget, and fails at the end if any did
// (each writes its own rows into bench/results.json and bench/README.md).
import { spawnSync } from 'node:child_process';

const benches = ['api-read', 'section-save', 'upload', 'review-form'];

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
    shell: process.platform === 'win32',
  });
  return run.status !== 0;
});
if (failed.length > 0) {
  console.error(`bench: over budget or failed: ${failed.join(', ')}`);
  process.exit(1);
}
