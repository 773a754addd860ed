import { auditEvents } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { testConfig } from '../src/config.js';
import {
  bearer,
  createTestApp,
  DEMO_PASSWORD,
  login,
  refreshCookieOf,
  TEST_CAPTCHA_ANSWER,
  type TestApp,
} from './helpers.js';

let t: TestApp;
/** The per-IP captcha threshold the test app runs with (LOGIN_IP_CAPTCHA_AFTER_FAILURES' default). */
const CAPTCHA_AFTER_IP_FAILURES = testConfig().ipCaptchaAfterFailures;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

async function captcha() {
  const response = await t.app.inject({ method: 'GET', url: '/api/v1/auth/captcha' });
  expect(response.statusCode).toBe(200);
  return response.json().id as string;
}

describe('POST /api/v1/auth/login', () => {
  it('logs in a demo account: access token, user, httpOnly refresh cookie, audit event', async () => {
    const response = await login(t.app, 'applicant01');
    expect(response.statusCode).toBe(200);
    const body = response.json();
    expect(body.user).toMatchObject({ role: 'applicant', name: '张三', mustChangePassword: false });
    expect(body.expiresIn).toBeLessThanOrEqual(900);
    const cookie = response.cookies.find((c) => c.name === 'zc_refresh');
    expect(cookie).toMatchObject({ httpOnly: true, secure: true, sameSite: 'Strict', path: '/api/v1/auth' });

    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(body.accessToken) });
    expect(me.statusCode).toBe(200);
    expect(me.json()).toMatchObject({
      username: 'applicant01',
      role: 'applicant',
      unit: { name: '深圳市示范水务工程设计院' },
    });

    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.actorId, body.user.id));
    expect(events.map((e) => e.action)).toContain('auth.login_succeeded');
    expect(events.find((e) => e.action === 'auth.login_succeeded')?.ip).toBeTruthy();
  });

  it('accepts the username in any case', async () => {
    expect((await login(t.app, 'UnitAdmin')).statusCode).toBe(200);
  });

  it('answers a wrong password with 401 invalid_credentials as problem+json, and audits it', async () => {
    const response = await login(t.app, 'applicant02', 'Wrong-pass1', {}, '10.0.0.2');
    expect(response.statusCode).toBe(401);
    expect(response.headers['content-type']).toContain('application/problem+json');
    expect(response.json()).toMatchObject({
      code: 'invalid_credentials',
      status: 401,
      captchaRequired: false,
      remainingAttempts: 4,
    });
    const failures = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'auth.login_failed'));
    expect(failures.some((e) => (e.details as { username?: string })?.username === 'applicant02')).toBe(true);
  });

  it('answers an unknown user exactly like a wrong password', async () => {
    const response = await login(t.app, 'nosuchuser1', 'Whatever123', {}, '10.0.0.3');
    expect(response.statusCode).toBe(401);
    expect(response.json()).toMatchObject({
      code: 'invalid_credentials',
      captchaRequired: false,
      remainingAttempts: 4,
    });
  });

  it('rejects an empty body field with per-field errors', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/login',
      payload: { username: '' },
    });
    expect(response.statusCode).toBe(400);
    const body = response.json();
    expect(body.code).toBe('validation_failed');
    expect(body.errors.map((e: { path: string }) => e.path).sort()).toEqual(['password', 'username']);
    expect(body.errors.find((e: { path: string }) => e.path === 'username').message).toBe('请输入用户名');
  });
});

describe('captcha and lock-out', () => {
  it('demands a captcha after 3 failures and locks the account after 5 for 15 minutes', async () => {
    const user = 'unitoperator';
    const wrong = 'Wrong-pass1';
    const ip = '10.0.1.1';
    const first = await login(t.app, user, wrong, {}, ip);
    expect(first.json()).toMatchObject({ captchaRequired: false, remainingAttempts: 4 });
    const second = await login(t.app, user, wrong, {}, ip);
    expect(second.json()).toMatchObject({ captchaRequired: false, remainingAttempts: 3 });
    const third = await login(t.app, user, wrong, {}, ip);
    expect(third.json()).toMatchObject({
      code: 'invalid_credentials',
      captchaRequired: true,
      remainingAttempts: 2,
    });

    // 4th attempt without a captcha: refused before the password is even checked.
    const noCaptcha = await login(t.app, user, DEMO_PASSWORD, {}, ip);
    expect(noCaptcha.statusCode).toBe(401);
    expect(noCaptcha.json()).toMatchObject({ code: 'captcha_required', captchaRequired: true });

    const badCaptcha = await login(
      t.app,
      user,
      DEMO_PASSWORD,
      { captchaId: await captcha(), captchaAnswer: 'zzzz' },
      ip,
    );
    expect(badCaptcha.json().code).toBe('captcha_invalid');
    expect(badCaptcha.json().errors[0].path).toBe('captchaAnswer');

    // A captcha is good for one guess only.
    const id = await captcha();
    const fourth = await login(t.app, user, wrong, { captchaId: id, captchaAnswer: TEST_CAPTCHA_ANSWER }, ip);
    expect(fourth.json()).toMatchObject({ code: 'invalid_credentials', remainingAttempts: 1 });
    const reused = await login(
      t.app,
      user,
      DEMO_PASSWORD,
      { captchaId: id, captchaAnswer: TEST_CAPTCHA_ANSWER },
      ip,
    );
    expect(reused.json().code).toBe('captcha_invalid');

    const fifth = await login(
      t.app,
      user,
      wrong,
      { captchaId: await captcha(), captchaAnswer: TEST_CAPTCHA_ANSWER },
      ip,
    );
    expect(fifth.statusCode).toBe(423);
    expect(fifth.json()).toMatchObject({ code: 'account_locked' });
    // Whom to contact, without naming the account's role.
    expect(fifth.json().detail).toContain('请联系所在单位管理员或主管部门');
    expect(Date.parse(fifth.json().lockedUntil)).toBeGreaterThan(t.clock.now().getTime());

    // Even the right password is refused while locked.
    const right = await login(
      t.app,
      user,
      DEMO_PASSWORD,
      { captchaId: await captcha(), captchaAnswer: 'ABCD' },
      ip,
    );
    expect(right.statusCode).toBe(423);

    t.clock.advance(15 * 60_000 + 1000);
    const later = await login(t.app, user, DEMO_PASSWORD, {}, ip);
    expect(later.statusCode).toBe(200);
  });
});

describe('captcha per IP (#16 defect 13)', () => {
  it('does not ask everyone behind one address for a captcha after a few typos by others', async () => {
    const ip = '10.0.2.1';
    for (const name of ['nobodyaaa1', 'nobodyaaa2', 'nobodyaaa3', 'nobodyaaa4']) {
      const refusal = (await login(t.app, name, 'Wrong-pass1', {}, ip)).json();
      expect(refusal.captchaRequired).toBe(false);
    }
    const colleague = await login(t.app, 'bureauadmin', DEMO_PASSWORD, {}, ip);
    expect(colleague.statusCode).toBe(200);
  });

  it(`demands a captcha from an IP with ${CAPTCHA_AFTER_IP_FAILURES} recent failures, whatever the username`, async () => {
    const ip = '10.0.2.3';
    const refusals = [];
    for (let n = 1; n <= CAPTCHA_AFTER_IP_FAILURES; n++)
      refusals.push((await login(t.app, `nobodybbb${n}`, 'Wrong-pass1', {}, ip)).json());
    // The refusal that brings the IP to the threshold already says the next attempt needs a captcha.
    expect(refusals.map((r) => r.captchaRequired)).toEqual(
      refusals.map((_, i) => i + 1 >= CAPTCHA_AFTER_IP_FAILURES),
    );
    const response = await login(t.app, 'bureauadmin', DEMO_PASSWORD, {}, ip);
    expect(response.json().code).toBe('captcha_required');
    const elsewhere = await login(t.app, 'bureauadmin', DEMO_PASSWORD, {}, '10.0.2.2');
    expect(elsewhere.statusCode).toBe(200);
    // The per-IP count is a window: after 15 minutes the address is trusted again.
    t.clock.advance(15 * 60_000 + 1000);
    expect((await login(t.app, 'bureauadmin', DEMO_PASSWORD, {}, ip)).statusCode).toBe(200);
  });
});

describe('disabled accounts', () => {
  it('refuses a disabled account with 403 account_disabled', async () => {
    const { users } = await import('@zhicheng/db');
    await t.database.db.update(users).set({ status: 'disabled' }).where(eq(users.username, 'slsecretary'));
    const response = await login(t.app, 'slsecretary');
    expect(response.statusCode).toBe(403);
    expect(response.json().code).toBe('account_disabled');
    expect(refreshCookieOf(response)).toBeUndefined();
  });
});
