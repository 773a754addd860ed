import type { InjectOptions, LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { deleteExpiredRateLimitCounters, RATE_LIMIT_CLEANUP_JOB } from '../src/lib/rate-limit-store.js';
import { createTestApp, type TestApp } from './helpers.js';

const onPostgres = Boolean(process.env.DATABASE_URL);
const PER_IP = 3;
const PER_ACCOUNT = 2;

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp({
    config: { loginRateLimitPerMinute: PER_IP, accountRateLimitPerMinute: PER_ACCOUNT },
  });
}, 120_000);
afterAll(async () => {
  await t?.close();
});

// Each test uses its own addresses (and accounts), so their counts never meet.
let lastOctet = 0;
const freshIp = () => `10.9.${Math.floor(lastOctet / 250)}.${(lastOctet++ % 250) + 1}`;
let mobileSeq = 0;
const freshMobile = () => `139${String(10_000_000 + mobileSeq++).padStart(8, '0')}`;

/** Answered by the endpoint itself (its own 429s, such as the SMS service's 60 s rule, included). */
function expectNotRateLimited(response: LightMyRequestResponse) {
  if (response.statusCode === 429) expect(response.json().code, response.body).not.toBe('rate_limited');
}

function expectRateLimited(response: LightMyRequestResponse) {
  expect(response.statusCode, response.body).toBe(429);
  expect(response.headers['content-type']).toContain('application/problem+json');
  expect(response.json().code).toBe('rate_limited');
  const retryAfter = Number(response.headers['retry-after']);
  expect(retryAfter).toBeGreaterThanOrEqual(1);
  expect(retryAfter).toBeLessThanOrEqual(60);
}

/** Public endpoints, each with a request a stranger could send (its answer does not matter here). */
const endpoints: Record<string, () => InjectOptions> = {
  login: () => ({
    method: 'POST',
    url: '/api/v1/auth/login',
    payload: { username: `nobody${mobileSeq++}`, password: 'wrong-password' },
  }),
  captcha: () => ({ method: 'GET', url: '/api/v1/auth/captcha' }),
  'SMS code': () => ({
    method: 'POST',
    url: '/api/v1/sms-codes',
    payload: { mobile: freshMobile(), purpose: 'register' },
  }),
  'unit registration': () => ({ method: 'POST', url: '/api/v1/units', payload: {} }),
  'password reset': () => ({
    method: 'POST',
    url: '/api/v1/auth/password-reset',
    payload: { username: 'unitadmin', mobile: freshMobile(), smsCode: '000000', newPassword: 'Vq8#mZt2!pLw' },
  }),
  verification: () => ({ method: 'GET', url: '/api/v1/verify/ABCD-EFGH-JKLM-NPQR' }),
  publicity: () => ({ method: 'GET', url: '/api/v1/public/publicity' }),
  objection: () => ({ method: 'POST', url: '/api/v1/public/objections', payload: {} }),
};

describe('per-IP rate limits', () => {
  for (const [name, request] of Object.entries(endpoints)) {
    it(`${name}: 429 problem+json with Retry-After once one IP has spent its allowance`, async () => {
      const ip = freshIp();
      for (let i = 0; i < PER_IP; i += 1) {
        const response = await t.app.inject({ ...request(), remoteAddress: ip });
        expectNotRateLimited(response);
      }
      expectRateLimited(await t.app.inject({ ...request(), remoteAddress: ip }));
      // Another client is not held back by it.
      const other = await t.app.inject({ ...request(), remoteAddress: freshIp() });
      expectNotRateLimited(other);
    });
  }
});

describe('per-account rate limits (from many IPs)', () => {
  const perAccount: Record<string, (account: string) => InjectOptions> = {
    login: (username) => ({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username, password: 'wrong-password' },
    }),
    // The SMS service's own rule (60 s between sends to a mobile) answers the second request; the
    // account limit counts it all the same and answers the third.
    'SMS code': (mobile) => ({
      method: 'POST',
      url: '/api/v1/sms-codes',
      payload: { mobile, purpose: 'reset_password' },
    }),
    'password reset': (mobile) => ({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: { username: 'unitadmin', mobile, smsCode: '000000', newPassword: 'Vq8#mZt2!pLw' },
    }),
  };
  for (const [name, request] of Object.entries(perAccount)) {
    it(`${name}: one account is limited however many IPs the requests come from`, async () => {
      const account = name === 'login' ? `target${mobileSeq++}` : freshMobile();
      for (let i = 0; i < PER_ACCOUNT; i += 1) {
        const response = await t.app.inject({ ...request(account), remoteAddress: freshIp() });
        expectNotRateLimited(response);
      }
      expectRateLimited(await t.app.inject({ ...request(account), remoteAddress: freshIp() }));
      // Spelling the username differently is the same account.
      if (name === 'login') {
        const shouted = await t.app.inject({
          ...request(` ${account.toUpperCase()} `),
          remoteAddress: freshIp(),
        });
        expectRateLimited(shouted);
      }
      // Another account from the same kind of client still gets through.
      const other = name === 'login' ? `other${mobileSeq++}` : freshMobile();
      const response = await t.app.inject({ ...request(other), remoteAddress: freshIp() });
      expectNotRateLimited(response);
    });
  }
});

describe.runIf(onPostgres)('shared across API processes (PostgreSQL)', () => {
  let second: TestApp;
  beforeAll(async () => {
    second = await createTestApp({
      database: t.database,
      config: { loginRateLimitPerMinute: PER_IP, accountRateLimitPerMinute: PER_ACCOUNT },
    });
  });
  afterAll(async () => {
    await second?.close();
  });

  it('two app instances on one database count into the same per-IP window', async () => {
    const ip = freshIp();
    const apps = [t.app, second.app, t.app];
    for (const app of apps) {
      const response = await app.inject({ ...endpoints.publicity?.(), remoteAddress: ip } as InjectOptions);
      expect(response.statusCode).toBe(200);
    }
    // Neither process alone has seen more than two requests, together they have seen three.
    expectRateLimited(
      await second.app.inject({ ...endpoints.publicity?.(), remoteAddress: ip } as InjectOptions),
    );
  });

  it('and into the same per-account window', async () => {
    const username = `shared${mobileSeq++}`;
    const attempt = (app: TestApp['app']) =>
      app.inject({
        method: 'POST',
        url: '/api/v1/auth/login',
        payload: { username, password: 'wrong-password' },
        remoteAddress: freshIp(),
      });
    expect((await attempt(t.app)).statusCode).not.toBe(429);
    expect((await attempt(second.app)).statusCode).not.toBe(429);
    expectRateLimited(await attempt(t.app));
  });

  it('a window ends on time, and the cleanup deletes ended windows only', async () => {
    const ip = freshIp();
    const publicity = () => t.app.inject({ ...endpoints.publicity?.(), remoteAddress: ip } as InjectOptions);
    for (let i = 0; i < PER_IP; i += 1) await publicity();
    expectRateLimited(await publicity());

    const count = async () =>
      Number((await t.database.executeSql('select count(*)::int as n from rate_limit_counters')).rows[0]?.n);
    const before = await count();
    expect(before).toBeGreaterThan(0);
    // Nothing has ended yet.
    expect(await deleteExpiredRateLimitCounters(t.database, t.clock.now())).toBe(0);

    // Both instances' clocks (they started a moment apart) well past every window so far.
    t.clock.advance(10 * 60_000);
    second.clock.advance(10 * 60_000);
    expect((await publicity()).statusCode).toBe(200); // a new window: this request is its first
    const deleted = await deleteExpiredRateLimitCounters(t.database, t.clock.now());
    expect(deleted).toBe(before - 1); // every window but the one just started
    expect(await count()).toBe(1);
    // The job that does it is on the queue's schedule.
    const scheduled = await t.database.executeSql('select name from pgboss.schedule where name = $1', [
      RATE_LIMIT_CLEANUP_JOB,
    ]);
    expect(scheduled.rows).toHaveLength(1);
  });
});
