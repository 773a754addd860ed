import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, type Transaction } from '@electric-sql/pglite';
import { pg_trgm } from '@electric-sql/pglite/contrib/pg_trgm';
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

/**
 * Raw SQL for a library that brings its own queries (the job queue, pg-boss). Without values the text may
 * hold several statements, with their own BEGIN/COMMIT; with values it is one parameterised statement.
 */
export type SqlExecutor = (text: string, values?: unknown[]) => Promise<SqlRows>;
export type SqlRows = { rows: Record<string, unknown>[] };

/** Raw SQL on PostgreSQL and PGlite alike: single calls, or several on one connection in one transaction. */
export interface RawSql {
  executeSql: SqlExecutor;
  sqlTransaction<T>(work: (executeSql: SqlExecutor) => Promise<T>): Promise<T>;
}

export interface DbHandle extends RawSql {
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
  /** PostgreSQL limits; missing fields take `defaultDatabaseTimeouts`. */
  timeouts?: Partial<DatabaseTimeouts> | undefined;
}

/**
 * Limits that let the pool notice a dead or silent database instead of waiting forever (issue #16
 * defect 2: after a network blackhole the pool never healed). A silent network is only noticed by a
 * timeout: the kernel keeps unacknowledged bytes in flight for many minutes. 0 disables a limit.
 */
export interface DatabaseTimeouts {
  /** Client side: a query without any answer after this long fails and its connection is destroyed. */
  queryMs: number;
  /** Server side (`statement_timeout`): PostgreSQL cancels a statement running longer. */
  statementMs: number;
  /** Opening a connection, or waiting for a free one from the pool. */
  connectMs: number;
  /** An idle connection is closed after this long (the pool reopens connections as needed). */
  idleMs: number;
  /** `/readyz`'s ping answers false after this long, whatever the database does. */
  pingMs: number;
  /** TCP keep-alive probes start after the connection has been idle this long. */
  keepAliveMs: number;
}

export const defaultDatabaseTimeouts: DatabaseTimeouts = {
  queryMs: 20_000,
  statementMs: 15_000,
  connectMs: 5_000,
  idleMs: 30_000,
  pingMs: 2_000,
  keepAliveMs: 10_000,
};

/** Opens PostgreSQL when a URL is given, PGlite otherwise (persisted under `<dataDir>/db`). */
export async function createDb(options: CreateDbOptions = {}): Promise<DbHandle> {
  if (options.databaseUrl) {
    return openPostgres(options.databaseUrl, options.poolMax ?? 10, options.onPoolError ?? reportPoolError, {
      ...defaultDatabaseTimeouts,
      ...definedOnly(options.timeouts ?? {}),
    });
  }
  return openPglite(options.dataDir, options.timeouts?.pingMs ?? defaultDatabaseTimeouts.pingMs);
}

function reportPoolError(error: Error) {
  console.error(`database: an idle connection failed and was dropped: ${error.message}`);
}

const definedOnly = <T extends object>(o: T): Partial<T> =>
  Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;

/**
 * A client that destroys its own connection when a query gets no answer in time. Otherwise the pool takes
 * it back (Drizzle's transactions release without the error) and the next query queues behind the lost
 * one on a socket that may never speak again. A destroyed client is not queryable, so the pool drops it.
 */
class EvictingClient extends pg.Client {
  constructor(config?: pg.ClientConfig) {
    super(config);
    // The socket error of a checked-out client reaches its queries; without a listener it would also
    // crash the process (the pool listens only while the client is idle).
    this.on('error', () => {});
  }

  override query(...args: unknown[]): never {
    const evictOnTimeout = (error: unknown) => {
      if (error instanceof Error && error.message === 'Query read timeout') this.evict();
    };
    const last = args.at(-1);
    if (typeof last === 'function') {
      args[args.length - 1] = (error: unknown, result: unknown) => {
        evictOnTimeout(error);
        return (last as (e: unknown, r: unknown) => void)(error, result);
      };
    }
    const result = (super.query as (...a: unknown[]) => unknown)(...args);
    if (result instanceof Promise) result.catch(evictOnTimeout);
    return result as never;
  }

  private evict() {
    (this as unknown as { connection: { stream: { destroy(): void } } }).connection.stream.destroy();
  }
}

function openPostgres(
  url: string,
  max: number,
  onPoolError: (error: Error) => void,
  timeouts: DatabaseTimeouts,
): DbHandle {
  const pool = new pg.Pool({
    connectionString: url,
    max,
    Client: EvictingClient as unknown as new () => pg.ClientBase,
    connectionTimeoutMillis: timeouts.connectMs,
    idleTimeoutMillis: timeouts.idleMs,
    keepAlive: true,
    keepAliveInitialDelayMillis: timeouts.keepAliveMs,
    ...(timeouts.queryMs > 0 ? { query_timeout: timeouts.queryMs } : {}),
    ...(timeouts.statementMs > 0 ? { statement_timeout: timeouts.statementMs } : {}),
  });
  // An idle client losing its connection (database restart) must not crash the process, nor go unseen.
  pool.on('error', onPoolError);
  const db = drizzleNodePg(pool, { schema }) as unknown as Db;
  return {
    db,
    kind: 'postgres',
    pool,
    ...postgresRawSql(pool),
    ping: () => ping(db, timeouts.pingMs),
    close: () => pool.end(),
  };
}

/** PostgreSQL extensions the migrations create (pg_trgm: the people search's indexes). */
const extensions = { pg_trgm };

async function openPglite(dataDir: string | undefined, pingMs: number): Promise<DbHandle> {
  let client: PGlite;
  if (dataDir) {
    const dir = join(dataDir, 'db');
    mkdirSync(dir, { recursive: true });
    client = await PGlite.create(dir, { extensions });
  } else {
    client = await PGlite.create({ extensions });
  }
  const db = drizzlePglite(client, { schema }) as unknown as Db;
  return {
    db,
    kind: 'pglite',
    ...pgliteRawSql(client),
    ping: () => ping(db, pingMs),
    close: () => client.close(),
  };
}

/** Raw SQL on the database behind a Drizzle handle (its `$client`), for code given only the handle. */
export function rawSqlOf(db: Db): RawSql {
  const client = (db as unknown as { $client: unknown }).$client;
  if (client instanceof PGlite) return pgliteRawSql(client);
  if (client instanceof pg.Pool) return postgresRawSql(client);
  throw new Error('rawSqlOf: the database is neither a pg.Pool nor PGlite');
}

const hasValues = (values: unknown[] | undefined): values is unknown[] => Boolean(values?.length);
const lastOf = (result: SqlRows | SqlRows[]): SqlRows =>
  Array.isArray(result) ? (result.at(-1) ?? { rows: [] }) : result;

function postgresRawSql(pool: pg.Pool): RawSql {
  // One connection for a whole unit of work. A failure half-way through a multi-statement BEGIN … COMMIT
  // (or through `work`) leaves it in an aborted transaction: roll back before it returns to the pool, or
  // drop it when even that fails.
  async function onClient<T>(work: (client: pg.PoolClient) => Promise<T>): Promise<T> {
    const client = await pool.connect();
    let broken: Error | undefined;
    try {
      return await work(client);
    } catch (error) {
      await client.query('ROLLBACK').catch((e: Error) => {
        broken = e;
      });
      throw error;
    } finally {
      client.release(broken);
    }
  }
  const on =
    (client: pg.PoolClient): SqlExecutor =>
    async (text, values) =>
      lastOf((await client.query(text, hasValues(values) ? values : undefined)) as unknown as SqlRows);
  return {
    executeSql: async (text, values) =>
      hasValues(values) ? pool.query(text, values) : onClient((client) => on(client)(text)),
    sqlTransaction: (work) =>
      onClient(async (client) => {
        await client.query('BEGIN');
        const result = await work(on(client));
        await client.query('COMMIT');
        return result;
      }),
  };
}

function pgliteRawSql(client: PGlite): RawSql {
  type Runner = Pick<Transaction, 'query' | 'exec'>;
  // Several statements need the simple protocol (exec), one with values the extended one (query).
  const on =
    (runner: Runner): SqlExecutor =>
    async (text, values) =>
      hasValues(values)
        ? runner.query<Record<string, unknown>>(text, values)
        : lastOf(await runner.exec(text));
  return {
    // Parameterless text runs inside PGlite's own transaction: a failure half-way is rolled back instead of
    // leaving the single connection in an aborted transaction (a BEGIN or COMMIT in the text only warns or
    // commits early). PGlite queues every call behind an open transaction, so never call this from inside
    // one (`sqlTransaction` hands its own executor).
    executeSql: (text, values) =>
      hasValues(values) ? on(client)(text, values) : client.transaction((tx) => on(tx)(text)),
    sqlTransaction: (work) => client.transaction((tx) => work(on(tx))),
  };
}

/** True when the database answers within `withinMs`; never waits longer, never throws. */
async function ping(db: Db, withinMs: number): Promise<boolean> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<boolean>((resolve) => {
    timer = setTimeout(() => resolve(false), withinMs);
  });
  const answer = db.execute(sql`select 1`).then(
    () => true,
    () => false,
  );
  try {
    return await Promise.race([answer, timeout]);
  } finally {
    clearTimeout(timer);
  }
}
