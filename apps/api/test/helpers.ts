import { DEMO_PASSWORD, runSeeds } from '@zhicheng/db';
import { createTestDatabase, type TestDatabase } from '@zhicheng/db/testing';
import type { FastifyInstance, LightMyRequestResponse } from 'fastify';
import { buildApp } from '../src/app.js';
import { type Config, testConfig } from '../src/config.js';
import { createManualClock } from '../src/lib/clock.js';
import { createLocalStorage } from '../src/storage/object-storage.js';

export { DEMO_PASSWORD };

/** A captcha whose answer tests know. */
export const TEST_CAPTCHA_ANSWER = 'abcd';

export interface TestApp {
  app: FastifyInstance;
  database: TestDatabase;
  clock: ReturnType<typeof createManualClock>;
  close(): Promise<void>;
}

/**
 * The real app on a fresh, migrated and seeded database (PGlite, or PostgreSQL when DATABASE_URL is set),
 * with a manual clock and a predictable captcha.
 */
export async function createTestApp(
  overrides: Partial<Config> = {},
  extend?: (app: FastifyInstance) => Promise<void> | void,
): Promise<TestApp> {
  const database = await createTestDatabase();
  const clock = createManualClock(new Date());
  await runSeeds(database.db, { demo: true });
  const app = await buildApp({
    config: testConfig(overrides),
    db: database.db,
    pingDatabase: () => database.ping(),
    storage: createLocalStorage(`/tmp/zc-test-objects-${process.pid}`),
    clock,
    captcha: {
      create: () => ({ text: TEST_CAPTCHA_ANSWER, svg: '<svg xmlns="http://www.w3.org/2000/svg"/>' }),
    },
    logger: false,
    extend,
  });
  await app.ready();
  return {
    app,
    database,
    clock,
    async close() {
      await app.close();
      await database.destroy();
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
