import fastifyRateLimit from '@fastify/rate-limit';
import type { RawSql } from '@zhicheng/db';
import type { FastifyInstance, FastifyRequest } from 'fastify';
import type { Config } from '../config.js';
import { AppError } from '../errors/app-error.js';
import type { Clock } from './clock.js';
import { postgresRateLimitStore } from './rate-limit-store.js';

const MINUTE = 60_000;

interface Rule {
  max: number;
  /** Milliseconds. */
  timeWindow: number;
}
interface AccountRule extends Rule {
  /** The account a request is for, from its validated body (absent: not counted per account). */
  account(body: Record<string, unknown>): string | undefined;
}
interface Limit {
  perIp: Rule;
  perAccount?: AccountRule;
}

const field =
  (name: string, normalise: (value: string) => string = (v) => v) =>
  (body: Record<string, unknown>) => {
    const value = body[name];
    return typeof value === 'string' && value !== '' ? normalise(value) : undefined;
  };

/**
 * Every rate limit of the public (or costly) endpoints, in one place: per client IP, and for those whose
 * body names an account (username or mobile) per account too, so that neither many IPs against one
 * account nor one IP against many accounts gets far. Counts are per fixed window.
 */
export function rateLimits(config: Pick<Config, 'loginRateLimitPerMinute' | 'accountRateLimitPerMinute'>) {
  const perIp: Rule = { max: config.loginRateLimitPerMinute, timeWindow: MINUTE };
  const perAccount: Rule = { max: config.accountRateLimitPerMinute, timeWindow: MINUTE };
  return {
    captcha: { perIp },
    login: {
      perIp,
      perAccount: { ...perAccount, account: field('username', (v) => v.trim().toLowerCase()) },
    },
    refresh: { perIp },
    smsCode: { perIp, perAccount: { ...perAccount, account: field('mobile') } },
    // The SMS code proves the mobile; guesses at it count against that mobile whatever the username.
    passwordReset: { perIp, perAccount: { ...perAccount, account: field('mobile') } },
    unitRegistration: { perIp },
    verify: { perIp },
    publicPublicity: { perIp },
    objection: { perIp },
  } satisfies Record<string, Limit>;
}
export type RateLimitName = keyof ReturnType<typeof rateLimits>;

/** The 429 every limit answers, with the seconds until its window ends. */
export function rateLimitedError(retryAfterSeconds: number) {
  const seconds = Math.max(1, retryAfterSeconds);
  return new AppError('rate_limited', `请求过于频繁，请 ${seconds} 秒后再试`, {
    headers: { 'retry-after': String(seconds) },
  });
}

/**
 * Registers @fastify/rate-limit (routes opt in through `routeRateLimit`). With a PostgreSQL handle the
 * counts live in the database so every API process shares them; PGlite is one process, so memory does.
 */
export async function registerRateLimits(
  app: FastifyInstance,
  deps: { sql: RawSql | undefined; clock: Clock },
) {
  await app.register(fastifyRateLimit, {
    global: false,
    ...(sharesCounters(deps.sql) ? { store: postgresRateLimitStore(deps.sql, deps.clock) } : {}),
    errorResponseBuilder: (_request, context) => rateLimitedError(Math.ceil(context.ttl / 1000)),
  });
}

/** Only a PostgreSQL handle (`DbHandle.kind`) can be reached by several processes. */
export function sharesCounters(sql: RawSql | undefined): sql is RawSql {
  return (sql as { kind?: string } | undefined)?.kind === 'postgres';
}

/**
 * Route options for a named limit: the per-IP count runs first thing (before the body is read), the
 * per-account one once the body is validated. Spread into the route's options.
 */
export function routeRateLimit(
  app: FastifyInstance,
  config: Parameters<typeof rateLimits>[0],
  name: RateLimitName,
) {
  const limit: Limit = rateLimits(config)[name];
  const options = { config: { rateLimit: limit.perIp } };
  const rule = limit.perAccount;
  if (!rule) return options;
  const accountOf = (request: FastifyRequest) =>
    rule.account((request.body ?? {}) as Record<string, unknown>);
  const limiter = app.createRateLimit({
    max: rule.max,
    timeWindow: rule.timeWindow,
    keyGenerator: (request) => `account:${name}:${accountOf(request)}`,
  });
  const preHandler = async (request: FastifyRequest) => {
    if (accountOf(request) === undefined) return;
    const result = await limiter(request);
    if (!result.isAllowed && result.isExceeded) throw rateLimitedError(result.ttlInSeconds);
  };
  return { ...options, preHandler };
}
