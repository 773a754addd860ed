// `pnpm bench`: runs every benchmark, even after one misses its budget, and fails at the end if any did
// (each writes its own rows into bench/results.json and bench/README.md).
import { spawnSync } from 'node:child_process';

const benches = ['api-read', 'section-save', 'upload'];
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
