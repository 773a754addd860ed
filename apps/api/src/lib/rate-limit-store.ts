import { createHash } from 'node:crypto';
import type { RawSql } from '@zhicheng/db';
import type { JobQueue } from '../jobs/job-queue.js';
import type { Clock } from './clock.js';

/** What @fastify/rate-limit hands a store's `incr`/`read` callback. */
type StoreCallback = (error: Error | null, result?: { current: number; ttl: number }) => void;
type RouteOptions = { routeInfo?: { method?: string | string[]; url?: string } };

// One statement does the whole count, so two processes (or two requests) can never both see the old value:
// a new key starts a window, a key past its window starts a new one, a live key adds one hit.
const INCREMENT = `
insert into rate_limit_counters as c (key, window_ends_at, hits)
values ($1, $2, 1)
on conflict (key) do update set
  hits = case when c.window_ends_at <= $3 then 1 else c.hits + 1 end,
  window_ends_at = case when c.window_ends_at <= $3 then excluded.window_ends_at else c.window_ends_at end
returning hits, window_ends_at`;

const READ = 'select hits, window_ends_at from rate_limit_counters where key = $1 and window_ends_at > $2';

const hashedKey = (prefix: string, key: string) =>
  createHash('sha256').update(`${prefix}${key}`).digest('base64url');

/**
 * A @fastify/rate-limit store on PostgreSQL, so every API process counts into the same fixed windows
 * (Redis would do as well, but an installation has PostgreSQL and nothing else).
 * Keys are hashed: the table holds neither client IPs nor mobiles.
 */
export function postgresRateLimitStore(sql: RawSql, clock: Clock) {
  const toResult = (row: Record<string, unknown> | undefined, now: number) =>
    row
      ? {
          current: Number(row.hits),
          ttl: Math.max(0, new Date(row.window_ends_at as string).getTime() - now),
        }
      : { current: 0, ttl: 0 };

  return class PostgresRateLimitStore {
    /** The route's counter space (see `child`). */
    readonly prefix: string;

    // @fastify/rate-limit constructs the store with its global options; only children get a prefix.
    constructor(_globalOptions?: unknown, prefix = '') {
      this.prefix = prefix;
    }

    incr(key: string, callback: StoreCallback, timeWindow: number) {
      const now = clock.now().getTime();
      sql
        .executeSql(INCREMENT, [hashedKey(this.prefix, key), new Date(now + timeWindow), new Date(now)])
        .then(
          (result) => callback(null, toResult(result.rows[0], now)),
          (error: Error) => callback(error),
        );
    }

    read(key: string, callback: StoreCallback) {
      const now = clock.now().getTime();
      sql.executeSql(READ, [hashedKey(this.prefix, key), new Date(now)]).then(
        (result) => callback(null, toResult(result.rows[0], now)),
        (error: Error) => callback(error),
      );
    }

    // One counter space per route (as the built-in stores do); limiters made with `createRateLimit` have
    // no route and name their space in their keys.
    child(params: object) {
      // At run time the plugin passes the route's merged limit options (its types say route options).
      const options = params as RouteOptions;
      const route = options.routeInfo?.url ? `${options.routeInfo.method} ${options.routeInfo.url} ` : '';
      return new PostgresRateLimitStore(undefined, `${this.prefix}${route}`);
    }
  };
}

/** Deletes counters whose window has ended; returns how many. */
export async function deleteExpiredRateLimitCounters(sql: RawSql, now: Date): Promise<number> {
  const result = await sql.executeSql(
    'with gone as (delete from rate_limit_counters where window_ends_at <= $1 returning 1) select count(*)::int as n from gone',
    [now],
  );
  return Number(result.rows[0]?.n ?? 0);
}

export const RATE_LIMIT_CLEANUP_JOB = 'rate-limits.cleanup';
/** Every ten minutes: windows are a minute to an hour, so the table stays small. */
const RATE_LIMIT_CLEANUP_CRON = '*/10 * * * *';

export async function scheduleRateLimitCleanup(deps: { sql: RawSql; clock: Clock; queue: JobQueue }) {
  await deps.queue.work(
    RATE_LIMIT_CLEANUP_JOB,
    async () => void (await deleteExpiredRateLimitCounters(deps.sql, deps.clock.now())),
    { oneAtATime: true, retryLimit: 1 },
  );
  await deps.queue.schedule(RATE_LIMIT_CLEANUP_JOB, RATE_LIMIT_CLEANUP_CRON);
}
