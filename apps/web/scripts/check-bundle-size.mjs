// Fails the build when the JavaScript the login page loads (every script index.html references or
// preloads) exceeds the budget in quality.md: 250 KB gzipped. Everything else must be lazy-loaded.
// Also fails when a page after login needs more than `maxFilesPerPage` JavaScript files on a hard
// load (the login page's, the shell's and the page's own, with what they import): on an intranet each
// request costs, and the vendor grouping in vite.config.ts keeps this small.
import { readFileSync, rmSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { gzipSync } from 'node:zlib';

const budget = 250_000;
const maxFilesPerPage = 15;
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

// The manifest is only for this check; it is not shipped.
const manifestDir = join(dist, '.vite');
const manifest = JSON.parse(readFileSync(join(manifestDir, 'manifest.json'), 'utf8'));
rmSync(manifestDir, { recursive: true, force: true });

const closure = (key, seen = new Set()) => {
  if (seen.has(key)) return seen;
  seen.add(key);
  for (const imported of manifest[key]?.imports ?? []) closure(imported, seen);
  return seen;
};
const entry = Object.keys(manifest).find((key) => manifest[key].isEntry);
const shell = Object.keys(manifest).find((key) => key.endsWith('app/layouts/app-shell.tsx'));
const beforePage = closure(shell, closure(entry));
const pages = new Set(Object.values(manifest).flatMap((chunk) => chunk.dynamicImports ?? []));
const worst = [...pages]
  .map((page) => ({ page, files: closure(page, new Set(beforePage)).size }))
  .sort((a, b) => b.files - a.files)[0];
if (worst.files > maxFilesPerPage) {
  console.error(`${worst.page} loads ${worst.files} JS files on a hard load (at most ${maxFilesPerPage})`);
  process.exit(1);
}
console.log(`hard load of a page: at most ${worst.files} JS files (${worst.page}; limit ${maxFilesPerPage})`);
