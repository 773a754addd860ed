// Fails the build when the JavaScript the login page loads (every script index.html references or
// preloads) exceeds the budget in quality.md: 250 KB gzipped. Everything else must be lazy-loaded.
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budget = 250_000;
const dist = join(dirname(fileURLToPath(import.meta.url)), '..', 'dist');
const html = readFileSync(join(dist, 'index.html'), 'utf8');
const scripts = [...new Set([...html.matchAll(/(?:src|href)="\/?([^"]+\.js)"/g)].map((m) => m[1]))];

let total = 0;
for (const script of scripts) total += gzipSync(readFileSync(join(dist, script))).length;

const kb = (bytes) => `${(bytes / 1000).toFixed(1)} kB`;
if (total > budget) {
  console.error(
    `login route JS is ${kb(total)} gzipped (${scripts.length} files), over the ${kb(budget)} budget`,
  );
  process.exit(1);
}
console.log(`login route JS: ${kb(total)} gzipped in ${scripts.length} files (budget ${kb(budget)})`);
