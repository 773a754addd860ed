import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { createDb, DEMO_PASSWORD, demoAccounts, migrate, runSeeds } from '@zhicheng/db';
import type { FastifyBaseLogger } from 'fastify';
import { buildApp } from './app.js';
import { type Config, ConfigError, loadConfig } from './config.js';
import { appLoggerOptions } from './lib/logger-options.js';
import { createStorage } from './storage/create-storage.js';

// The built SPA sits beside the API in the monorepo (apps/web/dist) unless WEB_DIST_DIR says otherwise.
const defaultWebDist = fileURLToPath(new URL('../../web/dist', import.meta.url));

async function main() {
  let config: ReturnType<typeof loadConfig>;
  try {
    config = loadConfig();
  } catch (error) {
    if (error instanceof ConfigError) {
      console.error(error.message);
      process.exit(1);
    }
    throw error;
  }
  config.webDistDir ??= defaultWebDist;

  let log: FastifyBaseLogger | undefined;
  if (config.databaseUrl) await migrateAsOwner(config.databaseUrl, config);
  const database = await createDb({
    databaseUrl: config.databaseUrl,
    dataDir: config.dataDir,
    poolMax: config.databasePoolMax,
    timeouts: config.databaseTimeouts,
    onPoolError: (error) =>
      log
        ? log.warn({ err: error }, 'idle database connection failed and was dropped')
        : console.error(`database: an idle connection failed: ${error.message}`),
  });
  if (!config.databaseUrl) await migrate(database); // PGlite: one process, one connection, no roles
  const seeded = await runSeeds(database.db, {
    demo: config.seedDemo,
    bootstrapAdmin: config.bootstrapAdmin,
  });

  const app = await buildApp({
    config,
    logger: loggerOptions(config),
    db: database.db,
    sql: database,
    pingDatabase: () => database.ping(),
    storage: createStorage(config.storage),
  });
  log = app.log;

  const close = async (signal: string) => {
    app.log.info({ signal }, 'shutting down');
    await app.close();
    await database.close();
    process.exit(0);
  };
  process.once('SIGINT', () => void close('SIGINT'));
  process.once('SIGTERM', () => void close('SIGTERM'));

  await app.listen({ port: config.port, host: config.host });
  printWelcome(config.port, database.kind, config.dataDir, config.seedDemo, seeded.noBureauAdmin);
}

/**
 * PostgreSQL migrations run as the owner: MIGRATION_DATABASE_URL when set — the app then connects as DATABASE_URL's
 * restricted role, which the migration grants its rights to — else DATABASE_URL (or PGlite) itself.
 * No statement limits here: a migration may rewrite a large table.
 */
async function migrateAsOwner(appUrl: string, config: Config) {
  const owner = await createDb({
    databaseUrl: config.migrationDatabaseUrl ?? appUrl,
    poolMax: 1,
    timeouts: { ...config.databaseTimeouts, queryMs: 0, statementMs: 0 },
  });
  try {
    const appRole = config.migrationDatabaseUrl ? decodeURIComponent(new URL(appUrl).username) : undefined;
    await migrate(owner, { appRole });
  } finally {
    await owner.close();
  }
}

/** JSON logs in production; readable ones when a developer watches a terminal and pino-pretty is installed. */
function loggerOptions(config: Config) {
  const base = appLoggerOptions(config.logLevel);
  const pretty = config.env === 'development' && process.stdout.isTTY && canResolve('pino-pretty');
  return pretty
    ? { ...base, transport: { target: 'pino-pretty', options: { translateTime: 'HH:MM:ss' } } }
    : base;
}

function canResolve(name: string): boolean {
  try {
    createRequire(import.meta.url).resolve(name);
    return true;
  } catch {
    return false;
  }
}

function printWelcome(port: number, kind: string, dataDir: string, demo: boolean, noAdmin: boolean) {
  const lines = [
    '',
    `  职称申报 is running at http://localhost:${port}`,
    `  API docs: http://localhost:${port}/api/docs`,
    `  Database: ${kind === 'pglite' ? `embedded PGlite in ${dataDir}/db` : 'PostgreSQL (DATABASE_URL)'}`,
  ];
  if (demo) {
    lines.push('', `  Demo accounts (password for all: ${DEMO_PASSWORD}):`);
    for (const a of demoAccounts) lines.push(`    ${a.username.padEnd(14)} ${a.description}`);
  }
  if (noAdmin) {
    lines.push(
      '',
      '  No bureau admin exists: set BOOTSTRAP_ADMIN_USERNAME and BOOTSTRAP_ADMIN_PASSWORD and restart.',
    );
  }
  console.log(`${lines.join('\n')}\n`);
}

main().catch((error: unknown) => {
  console.error('start-up failed:', error);
  process.exit(1);
});
