import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import { sql } from 'drizzle-orm';
import { drizzle as drizzleNodePg } from 'drizzle-orm/node-postgres';
import type { PgDatabase, PgQueryResultHKT } from 'drizzle-orm/pg-core';
import { drizzle as drizzlePglite } from 'drizzle-orm/pglite';
import pg from 'pg';
import * as schema from './schema/index.js';

export type Schema = typeof schema;
/** The database handle every repository takes; the same type for PostgreSQL and PGlite. */
export type Db = PgDatabase<PgQueryResultHKT, Schema>;
/** A transaction handle; repositories accept `Db | Tx` so callers decide the transaction scope. */
export type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type DbOrTx = Db | Tx;

export interface DbHandle {
  db: Db;
  kind: 'postgres' | 'pglite';
  /** PostgreSQL only: the pool, for work that needs one dedicated connection (migration lock). */
  pool?: pg.Pool;
  /** Cheap reachability check for `/readyz`. */
  ping(): Promise<boolean>;
  close(): Promise<void>;
}

export interface CreateDbOptions {
  /** PostgreSQL connection string; when absent the embedded PGlite database is used. */
  databaseUrl?: string | undefined;
  /** Directory for PGlite's files (`<dataDir>/db`); omit for an in-memory database (tests). */
  dataDir?: string | undefined;
  /** Pool size for PostgreSQL. */
  poolMax?: number;
  /**
   * Called when an idle PostgreSQL client fails (database restart, network cut): the pool drops the
   * client and the process goes on, but the failure is reported. Default: one line on stderr.
   */
  onPoolError?: (error: Error) => void;
}

/** Opens PostgreSQL when a URL is given, PGlite otherwise (persisted under `<dataDir>/db`). */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, options.poolMax ?? 10, options.onPoolError ?? reportPoolError);
  }
  return openPglite(options.dataDir);
}

function reportPoolError(error: Error) {
  console.error(`database: an idle connection failed and was dropped: ${error.message}`);
}

function openPostgres(url: string, max: number, onPoolError: (error: Error) => void): DbHandle {
  const pool = new pg.Pool({ connectionString: url, max, connectionTimeoutMillis: 5000 });
  // An idle client losing its connection (database restart) must not crash the process, nor go unseen.
  pool.on('error', onPoolError);
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pool,
    ping: () => ping(db),
    close: () => pool.end(),
  };
}

async function openPglite(dataDir: string | undefined): Promise<DbHandle> {
  let client: PGlite;
  if (dataDir) {
    const dir = join(dataDir, 'db');
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir);
  } else {
    client = await PGlite.create();
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ping: () => ping(db),
    close: () => client.close(),
  };
}

async function ping(db: Db): Promise<boolean> {
  try {
    await db.execute(sql`select 1`);
    return true;
  } catch {
    return false;
  }
}
