import { DEMO_PASSWORD, runSeeds } from '@zhicheng/db';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, testConfig } from '../src/config.js';
import type { EventConsumer } from '../src/jobs/job-queue.js';
import { createManualClock } from '../src/lib/clock.js';
import type { EmailMessage } from '../src/modules/notifications/email-sender.js';
import { createLocalStorage } from '../src/storage/local-storage.js';
import type { ObjectStorage } from '../src/storage/object-storage.js';
import { checkInjectedResponses } from './response-contract.js';
import { testLogger } from './test-log.js';

export { DEMO_PASSWORD };

/** A captcha whose answer tests know. */
export const TEST_CAPTCHA_ANSWER = 'abcd';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ReturnType<typeof createManualClock>;
  sms: ReturnType<typeof createCapturingSmsSender>;
  email: ReturnType<typeof createCapturingEmailSender>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh, migrated and seeded database (PGlite, or PostgreSQL when DATABASE_URL is set),
 * with a manual clock and a predictable captcha.
 */
export interface TestAppOptions {
  config?: Partial<Config>;
  /** Adds probe routes before the app is sealed. */
  extend?: (app: FastifyInstance) => Promise<void> | void;
  /** Outbox consumers to register (they see every event the app's relay delivers). */
  eventConsumers?: readonly EventConsumer[];
  /**
   * Another app on this database (a restart, a second replica): not seeded again, and left open by
   * `close` (its first app's `close` destroys it).
   */
  database?: TestDatabase;
  /** Another object store (fault tests); the default is local disk under /tmp. */
  storage?: ObjectStorage;
}

/** An SMS sender that keeps what it would have sent, so tests read codes like a person reads a phone. */
export function createCapturingSmsSender() {
  const sent: { mobile: string; text: string }[] = [];
  return {
    sent,
    async send(mobile: string, text: string) {
      sent.push({ mobile, text });
    },
    /** The last code sent to a mobile. */
    lastCode(mobile: string): string {
      const text = sent.filter((m) => m.mobile === mobile).at(-1)?.text ?? '';
      const code = /\d{6}/.exec(text)?.[0];
      if (!code) throw new Error(`no SMS code was sent to ${mobile}`);
      return code;
    },
  };
}

/** An e-mail sender that keeps what it would have sent (notifications by e-mail). */
export function createCapturingEmailSender() {
  const sent: EmailMessage[] = [];
  return {
    sent,
    async send(message: EmailMessage) {
      sent.push(message);
    },
  };
}

export async function createTestApp(options: TestAppOptions = {}): Promise<TestApp> {
  const shared = options.database;
  const database = shared ?? (await createTestDatabase());
  const clock = createManualClock(new Date());
  if (!shared) await runSeeds(database.db, { demo: true });
  const sms = createCapturingSmsSender();
  const email = createCapturingEmailSender();
  const app = await buildApp({
    config: testConfig(options.config),
    smsSender: sms,
    emailSender: email,
    db: database.db,
    sql: database,
    pingDatabase: () => database.ping(),
    storage: options.storage ?? createLocalStorage(`/tmp/zc-test-objects-${process.pid}`),
    clock,
    captcha: {
      create: () => ({ text: TEST_CAPTCHA_ANSWER, svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    },
    logger: testLogger(),
    extend: options.extend,
    ...(options.eventConsumers ? { eventConsumers: options.eventConsumers } : {}),
  });
  await app.ready();
  checkInjectedResponses(app); // every response a test receives must match docs/openapi.json's operation
  return {
    app,
    database,
    clock,
    sms,
    email,
    async close() {
      await app.close();
      if (!shared) await database.destroy();
    },
  };
}

/** The refresh cookie's value from a response's Set-Cookie header. */
export function refreshCookieOf(response: LightMyRequestResponse): string | undefined {
  return response.cookies.find((c) => c.name === 'zc_refresh')?.value;
}

/**
 * Logs in from `ip` (default 127.0.0.1). Failures count per IP too, so tests that make failures
 * use their own address to stay independent.
 */
export async function login(
  app: FastifyInstance,
  username: string,
  password = DEMO_PASSWORD,
  extra: Record<string, unknown> = {},
  ip = '127.0.0.1',
) {
  return app.inject({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username, password, ...extra },
    remoteAddress: ip,
  });
}

/** Logs in and returns the access token and refresh cookie; fails the test if login fails. */
export async function loginOk(app: FastifyInstance, username: string, password = DEMO_PASSWORD) {
  const response = await login(app, username, password);
  if (response.statusCode !== 200) throw new Error(`login ${username} failed: ${response.body}`);
  return { accessToken: response.json().accessToken as string, refresh: refreshCookieOf(response) ?? '' };
}

export function bearer(token: string) {
  return { authorization: `Bearer ${token}` };
}
