import { users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  loginOk,
  refreshCookieOf,
  type TestApp,
} from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const refresh = (token: string) =>
  t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', cookies: { zc_refresh: token }, payload: {} });
const me = (accessToken: string) =>
  t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(accessToken) });

describe('refresh tokens', () => {
  it('rotates: each refresh returns a new access token and a new cookie; the old cookie stops working', async () => {
    const first = await loginOk(t.app, 'applicant01');
    const r1 = await refresh(first.refresh);
    expect(r1.statusCode).toBe(200);
    const second = refreshCookieOf(r1) ?? '';
    expect(second).not.toBe(first.refresh);
    expect((await me(r1.json().accessToken)).statusCode).toBe(200);

    const r2 = await refresh(second);
    expect(r2.statusCode).toBe(200);
  });

  it('detects reuse of a rotated token and revokes the whole family', async () => {
    const session = await loginOk(t.app, 'applicant02');
    const rotated = await refresh(session.refresh);
    const current = refreshCookieOf(rotated) ?? '';
    const currentAccess = rotated.json().accessToken;

    const replay = await refresh(session.refresh);
    expect(replay.statusCode).toBe(401);
    expect(replay.json().code).toBe('invalid_refresh_token');

    // The legitimate holder's newest refresh token and access token are dead too.
    expect((await refresh(current)).statusCode).toBe(401);
    const after = await me(currentAccess);
    expect(after.statusCode).toBe(401);
    expect(after.json().code).toBe('session_expired');
  });

  it('answers 204 without a body when no refresh cookie is sent (nobody signed in is not an error)', async () => {
    const none = await t.app.inject({ method: 'POST', url: '/api/v1/auth/refresh', payload: {} });
    expect(none.statusCode).toBe(204);
    expect(none.body).toBe('');
    expect(refreshCookieOf(none)).toBeUndefined();
  });

  it('refuses an empty, unknown or malformed refresh cookie with 401', async () => {
    for (const token of ['', 'not-a-token']) {
      const response = await refresh(token);
      expect(response.statusCode, JSON.stringify(token)).toBe(401);
      expect(response.json().code).toBe('invalid_refresh_token');
    }
  });

  it('ends a session idle for more than 30 minutes', async () => {
    const session = await loginOk(t.app, 'unitadmin');
    t.clock.advance(31 * 60_000);
    expect((await refresh(session.refresh)).statusCode).toBe(401);
  });
});

describe('access tokens', () => {
  it('expire after at most 15 minutes with code token_expired', async () => {
    const session = await loginOk(t.app, 'bureauadmin');
    const claims = JSON.parse(Buffer.from(session.accessToken.split('.')[1] ?? '', 'base64url').toString());
    expect(claims.exp - claims.iat).toBeLessThanOrEqual(900);
    expect(claims).toMatchObject({ iss: 'zhicheng', aud: 'zhicheng-api' });
    t.clock.advance(14 * 60_000);
    expect((await me(session.accessToken)).statusCode).toBe(200);
    t.clock.advance(60_000 + 1000);
    const response = await me(session.accessToken);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('token_expired');
    // The session itself is still alive: the refresh cookie gets a new access token.
    const renewed = await refresh(session.refresh);
    expect(renewed.statusCode).toBe(200);
    expect((await me(renewed.json().accessToken)).statusCode).toBe(200);
  });

  it('rejects tokens signed with another algorithm or secret', async () => {
    const session = await loginOk(t.app, 'bureauadmin');
    const [header, payload] = session.accessToken.split('.');
    const decoded = JSON.parse(Buffer.from(header ?? '', 'base64url').toString());
    expect(decoded.alg).toBe('HS256');
    const none = `${Buffer.from(JSON.stringify({ alg: 'none', typ: 'JWT' })).toString('base64url')}.${payload}.`;
    const response = await me(none);
    expect(response.statusCode).toBe(401);
    expect(response.json().code).toBe('unauthorized');
  });

  it('requires a token', async () => {
    const response = await t.app.inject({ method: 'GET', url: '/api/v1/me' });
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({ code: 'unauthorized', status: 401 });
  });
});

describe('logout', () => {
  it('revokes the session: refresh and access token both stop working, the cookie is cleared', async () => {
    const session = await loginOk(t.app, 'swjreviewer');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/logout',
      headers: bearer(session.accessToken),
      cookies: { zc_refresh: session.refresh },
      payload: {},
    });
    expect(response.statusCode).toBe(204);
    expect(response.cookies.find((c) => c.name === 'zc_refresh')?.value).toBe('');
    expect((await refresh(session.refresh)).statusCode).toBe(401);
    expect((await me(session.accessToken)).statusCode).toBe(401);
  });
});

describe('password change', () => {
  const change = (accessToken: string, body: object) =>
    t.app.inject({ method: 'POST', url: '/api/v1/me/password', headers: bearer(accessToken), payload: body });

  it('checks the current password and the policy, with per-field errors', async () => {
    const session = await loginOk(t.app, 'unitoperator');
    const wrong = await change(session.accessToken, {
      currentPassword: 'Nope12345',
      newPassword: 'NewPass2026x',
    });
    expect(wrong.statusCode).toBe(400);
    expect(wrong.json()).toMatchObject({ code: 'wrong_password', errors: [{ path: 'currentPassword' }] });

    const weak = await change(session.accessToken, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'alllowercase1',
    });
    expect(weak.statusCode).toBe(400);
    expect(weak.json().errors[0]).toMatchObject({
      path: 'newPassword',
      message: '密码须包含至少 1 位大写字母',
    });

    const common = await change(session.accessToken, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Password123',
    });
    expect(common.json().errors[0].message).toContain('常见');
  });

  it('revokes every session of the user and returns a fresh one', async () => {
    const other = await loginOk(t.app, 'applicant01');
    const current = await loginOk(t.app, 'applicant01');
    const response = await change(current.accessToken, {
      currentPassword: DEMO_PASSWORD,
      newPassword: 'Fresh-Pass2026',
    });
    expect(response.statusCode).toBe(200);
    const fresh = response.json().accessToken;

    expect((await me(other.accessToken)).statusCode).toBe(401);
    expect((await me(current.accessToken)).statusCode).toBe(401);
    expect((await refresh(other.refresh)).statusCode).toBe(401);
    expect((await me(fresh)).statusCode).toBe(200);

    expect((await login(t.app, 'applicant01')).statusCode).toBe(401);
    expect((await login(t.app, 'applicant01', 'Fresh-Pass2026')).statusCode).toBe(200);
  });
});

describe('mustChangePassword', () => {
  it('lets the user reach only /me and /me/password until the password is changed', async () => {
    await t.database.db
      .update(users)
      .set({ mustChangePassword: true })
      .where(eq(users.username, 'bureauadmin'));
    const response = await login(t.app, 'bureauadmin');
    expect(response.json().user.mustChangePassword).toBe(true);
    const token = response.json().accessToken;

    expect((await me(token)).statusCode).toBe(200);
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-events',
      headers: bearer(token),
    });
    expect(blocked.statusCode).toBe(403);
    expect(blocked.json().code).toBe('password_change_required');

    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(token),
      payload: { currentPassword: DEMO_PASSWORD, newPassword: 'Bureau-Pass2026' },
    });
    expect(changed.json().user.mustChangePassword).toBe(false);
    const allowed = await t.app.inject({
      method: 'GET',
      url: '/api/v1/admin/audit-events',
      headers: bearer(changed.json().accessToken),
    });
    expect(allowed.statusCode).toBe(200);
  });
});
