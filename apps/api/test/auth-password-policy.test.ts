import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateTemporaryPassword } from '../src/lib/temporary-password.js';
import { passwordRefusal } from '../src/modules/auth/password-check.js';
import { createAccount } from './application-factory.js';
import { makeIdNumber, registrationBody } from './fixtures.js';
import { bearer, createTestApp, DEMO_PASSWORD, login, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const change = (accessToken: string, newPassword: string, currentPassword = DEMO_PASSWORD) =>
  t.app.inject({
    method: 'POST',
    url: '/api/v1/me/password',
    headers: bearer(accessToken),
    payload: { currentPassword, newPassword },
  });

/** The refusal's field and message, for a 400 problem. */
function refusal(response: { statusCode: number; json(): { errors?: { path: string; message: string }[] } }) {
  expect(response.statusCode).toBe(400);
  return response.json().errors?.[0];
}

describe('new passwords (#16 defect 12)', () => {
  it('refuses a password from the shipped list of breached passwords, though it passes the composition rules', async () => {
    const { token } = await createAccount(t);
    // Both are in the vendored list (zxcvbn's breach-derived dictionary) and have digit, lower and upper.
    for (const common of ['Michael1', 'Jordan23']) {
      expect(refusal(await change(token, common))).toEqual({
        path: 'newPassword',
        message: '该密码过于常见，容易被猜中，请换一个',
      });
    }
  });

  it("refuses the account's username, name and unit name, the product name and the demo password", async () => {
    const { token, username } = await createAccount(t);
    const me = (await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(token) })).json();
    const cases: [string, string][] = [
      [`${username.toUpperCase()}x1a`, '密码不能包含用户名'],
      [`${me.name}Abc12345`, '密码不能包含姓名'],
      [`${me.unit.name}Ab1`, '密码不能包含单位名称'],
      ['My职称Pass1', '密码不能包含系统名称“职称”“zhicheng”或演示密码'],
      ['ZhiCheng-2030', '密码不能包含系统名称“职称”“zhicheng”或演示密码'],
    ];
    for (const [password, message] of cases) {
      expect(refusal(await change(token, password)), password).toEqual({ path: 'newPassword', message });
    }
  });

  it('accepts a passphrase of 16 characters or more without digits or capitals, and it logs in', async () => {
    const { token, username } = await createAccount(t);
    const passphrase = 'the river runs past our office';
    const response = await change(token, passphrase);
    expect(response.statusCode).toBe(200);
    expect((await login(t.app, username, passphrase)).statusCode).toBe(200);
  });

  it('a refused registration names admin.password and does not use up the SMS code', async () => {
    const body = registrationBody();
    await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms-codes',
      payload: { mobile: body.admin.mobile, purpose: 'register' },
      remoteAddress: '10.7.0.1',
    });
    const smsCode = t.sms.lastCode(body.admin.mobile);
    const refused = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      payload: { ...body, smsCode, admin: { ...body.admin, password: `${body.name}Abc123` } },
    });
    expect(refusal(refused)).toEqual({ path: 'admin.password', message: '密码不能包含单位名称' });
    const accepted = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      payload: { ...body, smsCode },
    });
    expect(accepted.statusCode).toBe(201);
  });

  it('a password reset by SMS refuses a common password', async () => {
    const body = registrationBody();
    const sendCode = (purpose: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sms-codes',
        payload: { mobile: body.admin.mobile, purpose },
        remoteAddress: '10.7.0.2',
      });
    await sendCode('register');
    const registered = await t.app.inject({
      method: 'POST',
      url: '/api/v1/units',
      payload: { ...body, smsCode: t.sms.lastCode(body.admin.mobile) },
    });
    expect(registered.statusCode).toBe(201);
    t.clock.advance(61_000);
    await sendCode('reset_password');
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: {
        username: body.admin.username,
        mobile: body.admin.mobile,
        smsCode: t.sms.lastCode(body.admin.mobile),
        newPassword: 'Password1',
      },
    });
    expect(refusal(reset)).toEqual({ path: 'newPassword', message: '该密码过于常见，容易被猜中，请换一个' });
  });

  it('an admin creating an account cannot give it a password holding its name', async () => {
    const admin = await loginOk(t.app, 'unitadmin');
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/unit/applicants',
      headers: bearer(admin.accessToken),
      payload: {
        username: 'lisi0412',
        password: 'Lisi0412-pass',
        name: '李四',
        idNumber: makeIdNumber('19900412', '123'),
      },
    });
    expect(refusal(response)).toEqual({ path: 'password', message: '密码不能包含用户名' });
  });

  it('temporary passwords made by resets pass the whole policy', () => {
    for (let i = 0; i < 2000; i++) {
      const password = generateTemporaryPassword();
      expect(passwordRefusal(password, { username: 'applicant01', name: '张三' }), password).toBeUndefined();
    }
  });
});
