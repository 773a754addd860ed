import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createDraft } from './application-factory.js';
import { bearer, createTestApp, login, refreshCookieOf, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

/** Responses with tokens or personal data must not be kept by a browser or a proxy (#16 defect 10). */
describe('Cache-Control: no-store on personal data', () => {
  it('login, refresh and /me answer no-store', async () => {
    const loggedIn = await login(t.app, 'applicant01');
    expect(loggedIn.statusCode).toBe(200);
    expect(loggedIn.headers['cache-control']).toBe('no-store');

    const refreshed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/refresh',
      cookies: { zc_refresh: refreshCookieOf(loggedIn) ?? '' },
    });
    expect(refreshed.statusCode).toBe(200);
    expect(refreshed.headers['cache-control']).toBe('no-store');

    const me = await t.app.inject({
      method: 'GET',
      url: '/api/v1/me',
      headers: bearer(refreshed.json().accessToken),
    });
    expect(me.statusCode).toBe(200);
    expect(me.headers['cache-control']).toBe('no-store');
  });

  it('a failed login and an application detail answer no-store too', async () => {
    const failed = await login(t.app, 'applicant01', 'Wrong-pass1', {}, '10.9.0.1');
    expect(failed.statusCode).toBe(401);
    expect(failed.headers['cache-control']).toBe('no-store');

    const { token } = await createAccount(t);
    const draft = await createDraft(t, token);
    const detail = await t.app.inject({
      method: 'GET',
      url: `/api/v1/applications/${draft.id}`,
      headers: bearer(token),
    });
    expect(detail.statusCode).toBe(200);
    expect(detail.headers['cache-control']).toBe('no-store');
  });

  it('keeps the caching a public route chose for itself', async () => {
    const catalog = await t.app.inject({ method: 'GET', url: '/api/v1/catalog' });
    expect(catalog.statusCode).toBe(200);
    expect(catalog.headers['cache-control']).toBe('no-cache');
  });
});
