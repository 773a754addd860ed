import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createTestApp, loginOk, refreshCookieOf, type TestApp } from './helpers.js';

// #16 (7): the web app and other clients may POST logout/refresh with no body at all, or with
// `Content-Type: application/json` and nothing after it; that must not answer 400 and keep the session alive.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const refreshWith = (token: string, headers: Record<string, string> = {}, payload?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/refresh',
    cookies: { zc_refresh: token },
    headers,
    ...(payload === undefined ? {} : { payload }),
  });
const logoutWith = (token: string, headers: Record<string, string> = {}, payload?: string) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/auth/logout',
    cookies: { zc_refresh: token },
    headers,
    ...(payload === undefined ? {} : { payload }),
  });

const variants: [string, Record<string, string>, string | undefined][] = [
  ['no body and no content-type', {}, undefined],
  ['Content-Type: application/json and an empty body', { 'content-type': 'application/json' }, ''],
  ['an empty JSON object', { 'content-type': 'application/json' }, '{}'],
];

describe('logout and refresh without a body (#16)', () => {
  it.each(variants)(
    'logout with %s answers 204, clears the cookie and ends the session',
    async (_, headers, payload) => {
      const session = await loginOk(t.app, 'applicant01');
      const res = await logoutWith(session.refresh, headers, payload);
      expect(res.statusCode).toBe(204);
      const cleared = res.cookies.find((c) => c.name === 'zc_refresh');
      expect(cleared?.value ?? '').toBe('');
      const after = await refreshWith(session.refresh, { 'content-type': 'application/json' }, '{}');
      expect(after.statusCode).toBe(401);
    },
  );

  it.each(variants)('refresh with %s answers 200 with a new access token', async (_, headers, payload) => {
    const session = await loginOk(t.app, 'applicant02');
    const res = await refreshWith(session.refresh, headers, payload);
    expect(res.statusCode).toBe(200);
    expect(typeof res.json().accessToken).toBe('string');
    const rotated = refreshCookieOf(res) ?? '';
    expect(rotated).not.toBe('');
    expect(rotated).not.toBe(session.refresh);
  });
});
