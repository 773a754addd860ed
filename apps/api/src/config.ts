import { randomBytes } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { join, resolve } from 'node:path';
import { z } from 'zod';

const booleanFromEnv = z.enum(['true', 'false', '1', '0']).transform((v) => v === 'true' || v === '1');

/** Every environment variable the server reads, validated once at start-up. */
const envSchema = z.object({
  NODE_ENV: z.enum(['development', 'production', 'test']).default('development'),
  PORT: z.coerce.number().int().min(1).max(65535).default(3000),
  HOST: z.string().min(1).default('0.0.0.0'),
  DATA_DIR: z.string().min(1).default('./data'),
  DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  DATABASE_POOL_MAX: z.coerce.number().int().min(1).max(200).default(10),
  /** Owner role for migrations; DATABASE_URL is then the restricted app role (#16 defect 11). */
  MIGRATION_DATABASE_URL: z
    .string()
    .regex(/^postgres(ql)?:\/\//, 'must be a postgres:// connection string')
    .optional(),
  /** PostgreSQL limits (seconds, 0 = none): see DatabaseTimeouts in packages/db/src/client.ts. */
  DATABASE_QUERY_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(20),
  DATABASE_STATEMENT_TIMEOUT_SECONDS: z.coerce.number().min(0).max(3600).default(15),
  DATABASE_CONNECT_TIMEOUT_SECONDS: z.coerce.number().min(0.1).max(600).default(5),
  DATABASE_IDLE_TIMEOUT_SECONDS: z.coerce.number().min(1).max(3600).default(30),
  JWT_SECRET: z.string().min(32, 'must be at least 32 characters').optional(),
  ACCESS_TOKEN_TTL_SECONDS: z.coerce.number().int().min(60).max(900).default(900),
  SESSION_IDLE_MINUTES: z.coerce.number().int().min(1).max(30).default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().min(1).max(12).default(12),
  COOKIE_SECURE: booleanFromEnv.default(true),
  SEED_DEMO: booleanFromEnv.optional(),
  BOOTSTRAP_ADMIN_USERNAME: z
    .string()
    .regex(/^[A-Za-z0-9]{6,14}$/, 'must be 6–14 letters or digits')
    .optional(),
  BOOTSTRAP_ADMIN_PASSWORD: z.string().min(8).max(64).optional(),
  TRUST_PROXY: booleanFromEnv.default(false),
  LOGIN_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(30),
  /** Recent failed logins from one IP address after which every login from it needs a captcha. */
  LOGIN_IP_CAPTCHA_AFTER_FAILURES: z.coerce.number().int().min(1).default(20),
  /** Requests per minute for one account (username or mobile) on login, SMS codes and password reset. */
  ACCOUNT_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(10),
  /** Requests per minute one integrator's API key may make (429 rate_limited beyond). */
  API_KEY_RATE_LIMIT_PER_MINUTE: z.coerce.number().int().min(1).default(600),
  WEB_DIST_DIR: z.string().optional(),
  STORAGE_DRIVER: z.enum(['local', 's3']).default('local'),
  S3_ENDPOINT: z.url().optional(),
  S3_BUCKET: z.string().min(3).optional(),
  S3_REGION: z.string().default('us-east-1'),
  S3_ACCESS_KEY_ID: z.string().optional(),
  S3_SECRET_ACCESS_KEY: z.string().optional(),
  S3_FORCE_PATH_STYLE: booleanFromEnv.default(true),
  SMS_PROVIDER: z.enum(['log', 'http']).default('log'),
  SMS_HTTP_URL: z.url().optional(),
  SMS_HTTP_TOKEN: z.string().optional(),
  SMS_SIGNATURE: z.string().max(20).default('【职称申报】'),
  /** E-mail notifications over SMTP (`smtps://user:pass@host:465`); unset: written to the log. */
  SMTP_URL: z
    .string()
    .regex(/^smtps?:\/\//, 'must be an smtp:// or smtps:// URL')
    .optional(),
  MAIL_FROM: z.string().min(3).optional(),
  UPLOAD_MAX_FILE_MB: z.coerce.number().positive().max(1024).default(10),
  UPLOAD_MAX_FILES_PER_CATEGORY: z.coerce.number().int().min(1).max(1000).default(60),
  UPLOAD_MAX_APPLICATION_MB: z.coerce.number().positive().max(100_000).default(300),
  /** Where people reach the app: the final 评审表's QR code points at `<PUBLIC_URL>/verify/<code>`. */
  PUBLIC_URL: z.url().optional(),
  /** Review-form render threads; default one less than the CPUs (at least one). */
  PDF_WORKERS: z.coerce.number().int().min(1).max(64).optional(),
  /** Forms waiting for a thread before requests get 503 with Retry-After. */
  PDF_QUEUE_MAX: z.coerce.number().int().min(0).max(10_000).default(16),
  PDF_TIMEOUT_SECONDS: z.coerce.number().int().min(1).max(600).default(60),
  /** Webhook deliveries: the first retry's delay (then doubling), the attempts before `failed`. */
  WEBHOOK_RETRY_BASE_SECONDS: z.coerce.number().int().min(1).max(86_400).default(30),
  WEBHOOK_MAX_ATTEMPTS: z.coerce.number().int().min(1).max(20).default(8),
  /** Lets webhooks target private, loopback and link-local addresses (an intranet receiver). */
  WEBHOOK_ALLOW_PRIVATE_NETWORKS: booleanFromEnv.default(false),
  /** How often an idle job worker polls the queue (a send in the same process wakes it at once). */
  JOBS_POLL_SECONDS: z.coerce.number().min(0.5).max(60).default(2),
  ENABLE_TEST_HOOKS: booleanFromEnv.default(false),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
});

export type Env = z.infer<typeof envSchema>;

const MB = 1024 * 1024;

export interface ReviewFormConfig {
  publicUrl: string;
  workers: number;
  queueMax: number;
  timeoutMs: number;
}

export interface WebhookConfig {
  retryBaseSeconds: number;
  maxAttempts: number;
  allowPrivateNetworks: boolean;
  /** One attempt's limit (connect to response headers). */
  timeoutMs: number;
}

export interface Config {
  env: Env['NODE_ENV'];
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  databasePoolMax: number;
  /** Owner connection for migrations when the app runs as a restricted role; else `databaseUrl`. */
  migrationDatabaseUrl: string | undefined;
  databaseTimeouts: { queryMs: number; statementMs: number; connectMs: number; idleMs: number };
  jwtSecret: string;
  accessTokenTtlSeconds: number;
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  cookieSecure: boolean;
  seedDemo: boolean;
  bootstrapAdmin: { username: string; password: string } | undefined;
  /** Per client IP, on every public endpoint (`lib/rate-limits.ts` names them). */
  loginRateLimitPerMinute: number;
  /** Per account named in the body (username or mobile), on login, SMS codes and password reset. */
  accountRateLimitPerMinute: number;
  /** Recent failed logins from one IP after which its logins need a captcha (`auth-service.ts`). */
  ipCaptchaAfterFailures: number;
  /** Requests per minute per API key, counted by key id. */
  apiKeyRateLimitPerMinute: number;
  /** Behind a reverse proxy: take the client IP from X-Forwarded-For (per-IP limits need it). */
  trustProxy: boolean;
  webDistDir: string | undefined;
  /** SMS: `log` writes each message to the server log (development); `http` posts to a provider. */
  sms:
    | { provider: 'log'; signature: string }
    | { provider: 'http'; url: string; token: string | undefined; signature: string };
  /** E-mail notifications: `log` writes each message to the server log; `smtp` sends through SMTP_URL. */
  email: { provider: 'log' } | { provider: 'smtp'; url: string; from: string };
  /** Test-only endpoints (the SMS outbox for browser tests). Refused in production. */
  testHooks: boolean;
  /** Material upload limits (materials.md): per file, files per category, bytes per application. */
  uploads: { maxFileBytes: number; maxFilesPerCategory: number; maxBytesPerApplication: number };
  logLevel: Env['LOG_LEVEL'];
  reviewForm: ReviewFormConfig;
  /** The durable job queue (ADR 0008). */
  jobs: { pollSeconds: number };
  webhooks: WebhookConfig;
  /** Object storage: local disk (embedded default) or any S3-compatible store. */
  storage:
    | { driver: 'local'; root: string }
    | {
        driver: 's3';
        bucket: string;
        region: string;
        endpoint: string | undefined;
        forcePathStyle: boolean;
        accessKeyId: string | undefined;
        secretAccessKey: string | undefined;
      };
}

export class ConfigError extends Error {}

/**
 * Reads and validates the environment. A missing or bad variable throws a ConfigError naming it,
 * which `server.ts` prints before exiting. Nothing else in the code reads `process.env`.
 */
export function loadConfig(source: NodeJS.ProcessEnv = process.env): Config {
  const parsed = envSchema.safeParse(source);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((i) => `  ${i.path.join('.') || '(env)'}: ${i.message}`);
    throw new ConfigError(`Invalid configuration:\n${lines.join('\n')}`);
  }
  const e = parsed.data;
  const production = e.NODE_ENV === 'production';
  const dataDir = resolve(e.DATA_DIR);

  if (production && !e.JWT_SECRET)
    throw new ConfigError('Invalid configuration:\n  JWT_SECRET: required in production');
  if (e.STORAGE_DRIVER === 's3' && !e.S3_BUCKET) {
    throw new ConfigError('Invalid configuration:\n  S3_BUCKET: required when STORAGE_DRIVER=s3');
  }
  if (e.SMS_PROVIDER === 'http' && !e.SMS_HTTP_URL) {
    throw new ConfigError('Invalid configuration:\n  SMS_HTTP_URL: required when SMS_PROVIDER=http');
  }
  if (e.SMTP_URL && !e.MAIL_FROM) {
    throw new ConfigError('Invalid configuration:\n  MAIL_FROM: required when SMTP_URL is set');
  }
  if (e.MIGRATION_DATABASE_URL && !e.DATABASE_URL) {
    throw new ConfigError(
      'Invalid configuration:\n  MIGRATION_DATABASE_URL: needs DATABASE_URL (the app role) beside it',
    );
  }
  if (production && e.ENABLE_TEST_HOOKS) {
    throw new ConfigError('Invalid configuration:\n  ENABLE_TEST_HOOKS: must not be enabled in production');
  }
  if (Boolean(e.BOOTSTRAP_ADMIN_USERNAME) !== Boolean(e.BOOTSTRAP_ADMIN_PASSWORD)) {
    throw new ConfigError(
      'Invalid configuration:\n  BOOTSTRAP_ADMIN_USERNAME/BOOTSTRAP_ADMIN_PASSWORD: set both or neither',
    );
  }

  return {
    env: e.NODE_ENV,
    port: e.PORT,
    host: e.HOST,
    dataDir,
    databaseUrl: e.DATABASE_URL,
    databasePoolMax: e.DATABASE_POOL_MAX,
    migrationDatabaseUrl: e.MIGRATION_DATABASE_URL,
    databaseTimeouts: {
      queryMs: e.DATABASE_QUERY_TIMEOUT_SECONDS * 1000,
      statementMs: e.DATABASE_STATEMENT_TIMEOUT_SECONDS * 1000,
      connectMs: e.DATABASE_CONNECT_TIMEOUT_SECONDS * 1000,
      idleMs: e.DATABASE_IDLE_TIMEOUT_SECONDS * 1000,
    },
    jwtSecret: e.JWT_SECRET ?? localSecret(dataDir),
    accessTokenTtlSeconds: e.ACCESS_TOKEN_TTL_SECONDS,
    sessionIdleMs: e.SESSION_IDLE_MINUTES * 60_000,
    sessionAbsoluteMs: e.SESSION_ABSOLUTE_HOURS * 3_600_000,
    cookieSecure: e.COOKIE_SECURE,
    // Demo data is on for a developer's first start and off in production unless asked for.
    seedDemo: e.SEED_DEMO ?? !production,
    bootstrapAdmin:
      e.BOOTSTRAP_ADMIN_USERNAME && e.BOOTSTRAP_ADMIN_PASSWORD
        ? { username: e.BOOTSTRAP_ADMIN_USERNAME, password: e.BOOTSTRAP_ADMIN_PASSWORD }
        : undefined,
    loginRateLimitPerMinute: e.LOGIN_RATE_LIMIT_PER_MINUTE,
    accountRateLimitPerMinute: e.ACCOUNT_RATE_LIMIT_PER_MINUTE,
    ipCaptchaAfterFailures: e.LOGIN_IP_CAPTCHA_AFTER_FAILURES,
    apiKeyRateLimitPerMinute: e.API_KEY_RATE_LIMIT_PER_MINUTE,
    trustProxy: e.TRUST_PROXY,
    webDistDir: e.WEB_DIST_DIR ? resolve(e.WEB_DIST_DIR) : undefined,
    sms:
      e.SMS_PROVIDER === 'http' && e.SMS_HTTP_URL
        ? { provider: 'http', url: e.SMS_HTTP_URL, token: e.SMS_HTTP_TOKEN, signature: e.SMS_SIGNATURE }
        : { provider: 'log', signature: e.SMS_SIGNATURE },
    email:
      e.SMTP_URL && e.MAIL_FROM
        ? { provider: 'smtp', url: e.SMTP_URL, from: e.MAIL_FROM }
        : { provider: 'log' },
    testHooks: e.ENABLE_TEST_HOOKS,
    uploads: {
      maxFileBytes: Math.round(e.UPLOAD_MAX_FILE_MB * MB),
      maxFilesPerCategory: e.UPLOAD_MAX_FILES_PER_CATEGORY,
      maxBytesPerApplication: Math.round(e.UPLOAD_MAX_APPLICATION_MB * MB),
    },
    logLevel: e.LOG_LEVEL,
    reviewForm: {
      publicUrl: (e.PUBLIC_URL ?? `http://localhost:${e.PORT}`).replace(/\/+$/, ''),
      workers: e.PDF_WORKERS ?? Math.max(1, availableParallelism() - 1),
      queueMax: e.PDF_QUEUE_MAX,
      timeoutMs: e.PDF_TIMEOUT_SECONDS * 1000,
    },
    jobs: { pollSeconds: e.JOBS_POLL_SECONDS },
    webhooks: {
      retryBaseSeconds: e.WEBHOOK_RETRY_BASE_SECONDS,
      maxAttempts: e.WEBHOOK_MAX_ATTEMPTS,
      allowPrivateNetworks: e.WEBHOOK_ALLOW_PRIVATE_NETWORKS,
      timeoutMs: 10_000,
    },
    storage:
      e.STORAGE_DRIVER === 's3' && e.S3_BUCKET
        ? {
            driver: 's3',
            bucket: e.S3_BUCKET,
            region: e.S3_REGION,
            endpoint: e.S3_ENDPOINT,
            forcePathStyle: e.S3_FORCE_PATH_STYLE,
            accessKeyId: e.S3_ACCESS_KEY_ID,
            secretAccessKey: e.S3_SECRET_ACCESS_KEY,
          }
        : { driver: 'local', root: join(dataDir, 'objects') },
  };
}

/**
 * Embedded default: a random signing secret kept in DATA_DIR so sessions survive restarts.
 * Production (several replicas) must pass JWT_SECRET instead.
 */
function localSecret(dataDir: string): string {
  const file = join(dataDir, 'jwt-secret');
  if (existsSync(file)) return readFileSync(file, 'utf8').trim();
  mkdirSync(dataDir, { recursive: true });
  const secret = randomBytes(48).toString('base64url');
  writeFileSync(file, secret, { mode: 0o600 });
  return secret;
}

/** Config for tests: in-memory defaults with explicit overrides, no files touched. */
export function testConfig(overrides: Partial<Config> = {}): Config {
  return {
    env: 'test',
    port: 0,
    host: '127.0.0.1',
    dataDir: '/nonexistent',
    databaseUrl: undefined,
    databasePoolMax: 5,
    migrationDatabaseUrl: undefined,
    databaseTimeouts: { queryMs: 20_000, statementMs: 15_000, connectMs: 5_000, idleMs: 30_000 },
    jwtSecret: 'test-secret-test-secret-test-secret-0123',
    accessTokenTtlSeconds: 900,
    sessionIdleMs: 30 * 60_000,
    sessionAbsoluteMs: 12 * 3_600_000,
    cookieSecure: true,
    seedDemo: true,
    bootstrapAdmin: undefined,
    loginRateLimitPerMinute: 1000,
    accountRateLimitPerMinute: 1000,
    ipCaptchaAfterFailures: 20,
    apiKeyRateLimitPerMinute: 1000,
    trustProxy: false,
    webDistDir: undefined,
    sms: { provider: 'log', signature: '【职称申报】' },
    email: { provider: 'log' },
    testHooks: false,
    uploads: { maxFileBytes: 10 * MB, maxFilesPerCategory: 60, maxBytesPerApplication: 300 * MB },
    logLevel: 'silent',
    reviewForm: { publicUrl: 'http://localhost:3000', workers: 1, queueMax: 16, timeoutMs: 60_000 },
    jobs: { pollSeconds: 0.5 },
    webhooks: { retryBaseSeconds: 30, maxAttempts: 8, allowPrivateNetworks: false, timeoutMs: 10_000 },
    storage: { driver: 'local', root: '/nonexistent/objects' },
    ...overrides,
  };
}
