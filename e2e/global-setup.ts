import { type ChildProcess, spawn } from 'node:child_process';
import { randomBytes } from 'node:crypto';
import { createWriteStream, existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import pg from 'pg';

const here = dirname(fileURLToPath(import.meta.url));
const root = resolve(here, '..');
const serverEntry = join(root, 'apps/api/dist/server.js');
const webIndex = join(root, 'apps/web/dist/index.html');
const serverLog = join(here, 'server.log');

/** A fresh PostgreSQL database for this run, next to the one DATABASE_URL points at. */
async function createDatabase(adminUrl: string): Promise<{ url: string; drop: () => Promise<void> }> {
  const name = `zc_e2e_${randomBytes(6).toString('hex')}`;
  const admin = new pg.Client({ connectionString: adminUrl });
  await admin.connect();
  try {
    await admin.query(`create database ${name}`);
  } finally {
    await admin.end();
  }
  const url = new URL(adminUrl);
  url.pathname = `/${name}`;
  return {
    url: url.toString(),
    drop: async () => {
      const client = new pg.Client({ connectionString: adminUrl });
      await client.connect();
      try {
        await client.query(`drop database if exists ${name} with (force)`);
      } finally {
        await client.end();
      }
    },
  };
}

async function waitForReady(baseUrl: string, server: ChildProcess, timeoutMs = 90_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (server.exitCode !== null)
      throw new Error(`the API exited with code ${server.exitCode}; see ${serverLog}`);
    try {
      const response = await fetch(`${baseUrl}/readyz`);
      if (response.ok) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 250));
  }
  throw new Error(`the API was not ready within ${timeoutMs / 1000}s; see ${serverLog}`);
}

function stop(server: ChildProcess): Promise<void> {
  if (server.exitCode !== null) return Promise.resolve();
  return new Promise((done) => {
    const kill = setTimeout(() => server.kill('SIGKILL'), 10_000);
    server.once('exit', () => {
      clearTimeout(kill);
      done();
    });
    server.kill('SIGTERM');
  });
}

/**
 * Starts the built app (API + SPA on one port) on a fresh data directory — and a fresh PostgreSQL
 * database when DATABASE_URL is set — with the demo accounts seeded. Returns the teardown.
 */
export default async function globalSetup(): Promise<() => Promise<void>> {
  for (const file of [serverEntry, webIndex]) {
    if (!existsSync(file)) {
      throw new Error(
        `${file} is missing: build first with pnpm --filter @zhicheng/api --filter @zhicheng/web build`,
      );
    }
  }
  const port = process.env.E2E_PORT ?? '3100';
  const baseUrl = `http://127.0.0.1:${port}`;
  const dataDir = mkdtempSync(join(tmpdir(), 'zc-e2e-'));
  const database = process.env.DATABASE_URL ? await createDatabase(process.env.DATABASE_URL) : undefined;

  const env: NodeJS.ProcessEnv = {
    ...process.env,
    // Not `production`: the API refuses test hooks there, and the suite reads SMS codes through one.
    NODE_ENV: 'test',
    ENABLE_TEST_HOOKS: 'true',
    PORT: port,
    HOST: '127.0.0.1',
    DATA_DIR: dataDir,
    SEED_DEMO: 'true',
    JWT_SECRET: randomBytes(48).toString('base64url'),
    // E2E_LOG_LEVEL=info keeps every request in e2e/server.log, to see what the server did.
    LOG_LEVEL: process.env.E2E_LOG_LEVEL ?? 'warn',
    // Every test logs in, often as the same demo accounts; the limits are about attackers, not this suite.
    LOGIN_RATE_LIMIT_PER_MINUTE: '1000',
    ACCOUNT_RATE_LIMIT_PER_MINUTE: '1000',
    // Every browser is 127.0.0.1: the suite's wrong passwords would otherwise add up to the per-IP
    // captcha threshold, and a test expecting the per-account captcha after 3 would see it after 1.
    LOGIN_IP_CAPTCHA_AFTER_FAILURES: '100000',
  };
  if (database) env.DATABASE_URL = database.url;
  else delete env.DATABASE_URL;

  const log = createWriteStream(serverLog);
  const server = spawn(process.execPath, [serverEntry], {
    cwd: root,
    env,
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  server.stdout?.pipe(log);
  server.stderr?.pipe(log);

  const teardown = async () => {
    await stop(server);
    log.end();
    await database?.drop();
    rmSync(dataDir, { recursive: true, force: true });
  };

  try {
    await waitForReady(baseUrl, server);
  } catch (error) {
    await teardown();
    throw error;
  }
  return teardown;
}
