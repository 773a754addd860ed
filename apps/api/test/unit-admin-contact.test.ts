import { auditEvents, users } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody } from './fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// Issue #16 defect 5 (ASVS 7.5.1): a unit admin's mobile receives the password-reset code, so a stolen
// access token must not be enough to move it (or the e-mail). A change needs the current password and a
// code sent to the new mobile, and the old mobile is told.
let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const PASSWORD = 'Unit-Admin2026';
let mobiles = 0;
const freshMobile = () => {
  mobiles += 1;
  return `1365500${String(1000 + mobiles).slice(-4)}`;
};

/** A freshly registered unit whose admin is signed in. */
async function newAdmin() {
  const body = registrationBody();
  const sent = await t.app.inject({
    method: 'POST',
    url: '/api/v1/sms-codes',
    payload: { mobile: body.admin.mobile, purpose: 'register' },
  });
  expect(sent.statusCode).toBe(202);
  const created = await t.app.inject({
    method: 'POST',
    url: '/api/v1/units',
    payload: { ...body, smsCode: t.sms.lastCode(body.admin.mobile) },
  });
  expect(created.statusCode, created.body).toBe(201);
  const { accessToken } = await loginOk(t.app, body.admin.username, PASSWORD);
  return {
    token: accessToken,
    userId: created.json().admin.id as string,
    username: body.admin.username,
    mobile: body.admin.mobile,
    email: body.admin.email,
  };
}

type Admin = Awaited<ReturnType<typeof newAdmin>>;
const api = (method: 'GET' | 'POST' | 'PUT' | 'PATCH', url: string, token: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });
const storedContact = async (a: Admin) => {
  const [row] = await t.database.db
    .select({ mobile: users.mobile, email: users.email })
    .from(users)
    .where(eq(users.id, a.userId));
  return row;
};
const sendCode = async (a: Admin, mobile: string) =>
  expect((await api('POST', '/me/contact/sms-code', a.token, { mobile })).statusCode).toBe(202);
const textsTo = (mobile: string) => t.sms.sent.filter((m) => m.mobile === mobile).map((m) => m.text);

describe('changing a unit admin’s mobile', () => {
  it('PATCH /unit refuses a new adminMobile or adminEmail with the bearer token alone', async () => {
    const a = await newAdmin();
    const response = await api('PATCH', '/unit', a.token, {
      adminMobile: freshMobile(),
      adminEmail: 'thief@example.cn',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({
      code: 'validation_failed',
      errors: [
        { path: 'adminMobile', message: expect.stringContaining('当前密码') },
        { path: 'adminEmail', message: expect.stringContaining('当前密码') },
      ],
    });
    expect(await storedContact(a)).toEqual({ mobile: a.mobile, email: a.email });
    // The whole form sent back unchanged is still fine.
    const same = await api('PATCH', '/unit', a.token, { name: '深圳市改名单位', adminMobile: a.mobile });
    expect(same.statusCode, same.body).toBe(200);
  });

  it('PUT /me/contact refuses a new mobile without the password, with a wrong one, and without a valid code', async () => {
    const a = await newAdmin();
    const mobile = freshMobile();
    await sendCode(a, mobile);
    const code = t.sms.lastCode(mobile);

    const noPassword = await api('PUT', '/me/contact', a.token, { mobile, smsCode: code });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors).toEqual([{ path: 'currentPassword', message: '请输入当前密码' }]);

    const wrongPassword = await api('PUT', '/me/contact', a.token, {
      mobile,
      smsCode: code,
      currentPassword: 'Not-The-Pass1',
    });
    expect(wrongPassword.statusCode).toBe(400);
    expect(wrongPassword.json()).toMatchObject({
      code: 'wrong_password',
      errors: [{ path: 'currentPassword', message: '当前密码不正确' }],
    });

    const noCode = await api('PUT', '/me/contact', a.token, { mobile, currentPassword: PASSWORD });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().errors).toEqual([
      { path: 'smsCode', message: '请填写发送到新手机号码的短信验证码' },
    ]);
    const wrongCode = await api('PUT', '/me/contact', a.token, {
      mobile,
      smsCode: code === '000000' ? '000001' : '000000',
      currentPassword: PASSWORD,
    });
    expect(wrongCode.statusCode).toBe(400);
    expect(wrongCode.json()).toMatchObject({ code: 'sms_code_invalid' });

    await t.app.backgroundIdle();
    expect(await storedContact(a)).toEqual({ mobile: a.mobile, email: a.email });
    expect(textsTo(a.mobile).filter((text) => text.includes('已更改'))).toEqual([]);
    const failures = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, a.userId), eq(auditEvents.action, 'account.contact_change_failed')));
    expect(failures).toHaveLength(1);
  });

  it('with the password and the code: changed, the old mobile is told, and a password reset goes to the new one', async () => {
    const a = await newAdmin();
    const mobile = freshMobile();
    await sendCode(a, mobile);
    const changed = await api('PUT', '/me/contact', a.token, {
      mobile,
      smsCode: t.sms.lastCode(mobile),
      currentPassword: PASSWORD,
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json()).toMatchObject({ mobile });
    expect((await api('GET', '/unit', a.token)).json().admin.mobile).toBe(mobile);

    await t.app.backgroundIdle();
    const masked = `${mobile.slice(0, 3)}****${mobile.slice(-4)}`;
    expect(textsTo(a.mobile)).toContainEqual(
      expect.stringMatching(
        new RegExp(
          `^【.+】账号手机号已更改：您的职称申报系统账号（${a.username}）的手机号已于\\d{4}年\\d{1,2}月\\d{1,2}日 \\d{2}:\\d{2}更改为 ${masked.replace(/\*/g, '\\*')}。如非本人操作`,
        ),
      ),
    );
    const [audit] = await t.database.db
      .select()
      .from(auditEvents)
      .where(and(eq(auditEvents.actorId, a.userId), eq(auditEvents.action, 'account.contact_changed')));
    expect(audit?.details).toMatchObject({
      fields: ['mobile'],
      mobile: { from: `${a.mobile.slice(0, 3)}****${a.mobile.slice(-4)}`, to: masked },
    });

    // 忘记密码 now works with the new mobile only.
    t.clock.advance(61_000);
    const reset = (to: string) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/sms-codes',
        payload: { mobile: to, purpose: 'reset_password' },
        remoteAddress: '10.9.0.1',
      });
    const before = t.sms.sent.length;
    expect((await reset(a.mobile)).statusCode).toBe(202);
    expect(t.sms.sent.length).toBe(before); // the old mobile is no admin's any more: nothing sent
    expect((await reset(mobile)).statusCode).toBe(202);
    const done = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: {
        username: a.username,
        mobile,
        smsCode: t.sms.lastCode(mobile),
        newPassword: 'Brand-New-Pass9',
      },
      remoteAddress: '10.9.0.1',
    });
    expect(done.statusCode, done.body).toBe(204);
  });
});

describe('changing a unit admin’s e-mail', () => {
  it('needs the current password; the mobile and the old address are told', async () => {
    const a = await newAdmin();
    const email = 'new.admin@example.cn';
    const noPassword = await api('PUT', '/me/contact', a.token, { email });
    expect(noPassword.statusCode).toBe(400);
    expect(noPassword.json().errors).toEqual([{ path: 'currentPassword', message: '请输入当前密码' }]);
    const wrong = await api('PUT', '/me/contact', a.token, { email, currentPassword: 'Not-The-Pass1' });
    expect(wrong.json()).toMatchObject({ code: 'wrong_password' });
    expect(await storedContact(a)).toEqual({ mobile: a.mobile, email: a.email });

    const changed = await api('PUT', '/me/contact', a.token, { email, currentPassword: PASSWORD });
    expect(changed.statusCode, changed.body).toBe(200);
    expect((await api('GET', '/unit', a.token)).json().admin.email).toBe(email);
    await t.app.backgroundIdle();
    expect(textsTo(a.mobile)).toContainEqual(
      expect.stringMatching(/账号电子邮箱已更改：.+的电子邮箱已于.+更改为 n\*\*\*@example\.cn。/),
    );
    expect(t.email.sent.filter((m) => m.to === a.email)).toEqual([
      expect.objectContaining({ subject: '【职称申报】账号电子邮箱已更改' }),
    ]);
  });
});
