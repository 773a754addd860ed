import { closeSync, openSync, writeSync } from 'node:fs';
import { appLoggerOptions } from '../src/lib/logger-options.js';

/**
 * The logger test apps get. Quiet by default; with `ZC_TEST_LOG_FILE` set (the package's `pnpm test`
 * sets it) every app logs what production logs by default (`info`, the production logger options) into
 * that file, which `log-scan.global-setup.ts` scans for personal data and secrets when the run ends.
 * Every worker appends synchronously (O_APPEND, one write per line), so lines from parallel test files
 * never interleave and nothing is lost when a worker exits.
 */
export function testLogger(): false | Record<string, unknown> {
  const file = process.env.ZC_TEST_LOG_FILE;
  if (!file) return false;
  return { ...appLoggerOptions('info'), stream: { write: (line: string) => appendLine(file, line) } };
}

let fd: number | undefined;

function appendLine(file: string, line: string) {
  fd ??= openSync(file, 'a');
  writeSync(fd, line);
}

process.once('exit', () => {
  if (fd !== undefined) closeSync(fd);
});
