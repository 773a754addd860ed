// `pnpm --filter @zhicheng/e2e test`: runs the Playwright journeys against the built app, or says
// clearly why it cannot (no Chromium) — which fails the build in CI and is a skip elsewhere.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromiumPath } from './chromium.mjs';

const here = dirname(fileURLToPath(import.meta.url));

if (!existsSync(chromiumPath)) {
  const message = `e2e: Chromium not found at ${chromiumPath} (set CHROMIUM_PATH); skipping end-to-end tests`;
  if (process.env.CI === 'true') {
    console.error(message);
    process.exit(1);
  }
  console.log(message);
  process.exit(0);
}

/** A port nobody listens on right now (E2E_PORT wins when set). */
function freePort() {
  return new Promise((resolve, reject) => {
    const probe = createServer();
    probe.once('error', reject);
    probe.listen(0, '127.0.0.1', () => {
      const address = probe.address();
      probe.close(() => resolve(typeof address === 'object' && address ? address.port : 3100));
    });
  });
}

const port = process.env.E2E_PORT ?? String(await freePort());
const cli = createRequire(import.meta.url).resolve('@playwright/test/cli');
const result = spawnSync(
  process.execPath,
  [cli, 'test', ...process.argv.slice(2).filter((arg) => arg !== '--')],
  {
    cwd: here,
    stdio: 'inherit',
    env: { ...process.env, E2E_PORT: port },
  },
);
if (result.error) {
  console.error(`e2e: could not start Playwright: ${result.error.message}`);
  process.exit(1);
}
process.exit(result.status ?? 1);
