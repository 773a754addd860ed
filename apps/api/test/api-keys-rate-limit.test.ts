import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey } from './api-keys-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

const limit = 3;
let t: TestApp;
let unitAdmin: string;

beforeAll(async () => {
  t = await createTestApp({ config: { apiKeyRateLimitPerMinute: limit } });
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const counts = (token: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/applications/counts', headers: bearer(token) });

describe('API keys: rate limit (API_KEY_RATE_LIMIT_PER_MINUTE)', () => {
  it('answers 429 rate_limited with Retry-After past the limit, per key, whatever the route', async () => {
    const first = (await issueKey(t, unitAdmin, { scopes: ['applications:read'] })).key;
    const second = (await issueKey(t, unitAdmin, { scopes: ['applications:read'] })).key;

    const ok = await counts(first);
    expect(ok.statusCode).toBe(200);
    expect(ok.headers['x-ratelimit-limit']).toBe(String(limit));
    expect(ok.headers['x-ratelimit-remaining']).toBe(String(limit - 1));
    // A request the key's scopes refuse counts too.
    const refused = await t.app.inject({ method: 'GET', url: '/api/v1/stats', headers: bearer(first) });
    expect(refused.json().code).toBe('insufficient_scope');
    expect(
      (await t.app.inject({ method: 'GET', url: '/api/v1/applications', headers: bearer(first) })).statusCode,
    ).toBe(200);

    const limited = await counts(first);
    expect(limited.statusCode).toBe(429);
    expect(limited.json().code).toBe('rate_limited');
    expect(Number(limited.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(limited.headers['retry-after'])).toBeLessThanOrEqual(60);

    // Another key, and the people who sign in, have their own allowance.
    expect((await counts(second)).statusCode).toBe(200);
    for (let i = 0; i <= limit; i++) expect((await counts(unitAdmin)).statusCode).toBe(200);
  });
});
