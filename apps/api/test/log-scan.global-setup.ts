import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { scanLog } from './log-scan.js';

/**
 * With `ZC_TEST_LOG_FILE` set, every test app logs into that file (`test-log.ts`); this starts it empty
 * and, when the whole run is over, fails the run (exit code 1) if any line carries personal data or a secret.
 */
export function setup() {
  const file = process.env.ZC_TEST_LOG_FILE;
  if (!file) return;
  writeFileSync(file, '');
  return () => {
    if (!existsSync(file)) return;
    const findings = scanLog(readFileSync(file, 'utf8'));
    if (findings.length === 0) return;
    const listed = findings.slice(0, 20).map((f) => `  ${file}:${f.line} (${f.what}): ${f.text}`);
    // vitest reports an error thrown here but still exits 0, so the exit code is set explicitly.
    console.error(
      `\nThe test run's log holds ${findings.length} line(s) with personal data or secrets:\n${listed.join('\n')}\n`,
    );
    process.exitCode = 1;
  };
}
