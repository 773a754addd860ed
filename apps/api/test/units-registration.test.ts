import { auditEvents, units, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { registrationBody } from './fixtures.js';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

const requestCode = (mobile: string, purpose = 'register', ip = '10.1.0.1') =>
  t.app.inject({ method: 'POST', url: '/api/v1/sms-codes', payload: { mobile, purpose }, remoteAddress: ip });
const register = (body: object) => t.app.inject({ method: 'POST', url: '/api/v1/units', payload: body });

async function registerWithCode(body: ReturnType<typeof registrationBody>) {
  expect((await requestCode(body.admin.mobile)).statusCode).toBe(202);
  return register({ ...body, smsCode: t.sms.lastCode(body.admin.mobile) });
}

describe('unit registration', () => {
  it('registers a unit and its admin, who can then log in and see the unit', async () => {
    const body = registrationBody();
    const response = await registerWithCode(body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      unit: { orgCode: body.orgCode, name: body.name },
      admin: { username: body.admin.username, name: '王测试' },
    });

    const session = await loginOk(t.app, body.admin.username, body.admin.password);
    const unit = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit',
      headers: bearer(session.accessToken),
    });
    expect(unit.json()).toMatchObject({ orgCode: body.orgCode, admin: { mobile: body.admin.mobile } });

    const [event] = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.action, 'unit.registered'));
    expect(event?.targetId).toBe(response.json().unit.id);
  });

  it('normalises the org code (lower case, "-") and accepts an 18-character credit code', async () => {
    const body = registrationBody({ orgCode: '9144030071526726xg' });
    const response = await registerWithCode(body);
    expect(response.statusCode).toBe(201);
    expect(response.json().unit.orgCode).toBe('9144030071526726XG');
  });

  it.each([
    ['orgCode', { orgCode: '123456789' }, '组织机构代码校验位不正确，请核对'],
    ['name', { name: '' }, '请填写单位名称'],
    ['socialSecurityNo', { socialSecurityNo: '!!' }, '单位社保号为 4–20 位数字或字母'],
    ['admin.name', { admin: { name: '' } }, '请填写姓名'],
    ['admin.idNumber', { admin: { idNumber: '440305198001010034' } }, '身份证号校验位不正确，请核对'],
    [
      'admin.socialSecurityComputerNo',
      { admin: { socialSecurityComputerNo: '1' } },
      '社保电脑号为 4–20 位数字或字母',
    ],
    ['admin.email', { admin: { email: 'not-mail' } }, '邮箱格式不正确'],
    ['admin.username', { admin: { username: 'abc' } }, '用户名须为6–14 位字母或数字'],
    ['admin.password', { admin: { password: 'short1A' } }, '密码至少 8 位'],
    ['admin.phone', { admin: { phone: 'x' } }, '请填写有效的电话号码，如 0755-88888888'],
    ['admin.mobile', { admin: { mobile: '12345678901' } }, '请填写 11 位手机号码'],
    ['smsCode', { smsCode: '12' }, '请填写 6 位短信验证码'],
  ])('refuses an invalid %s with its own message and stores nothing', async (path, patch, message) => {
    const base = registrationBody();
    const { admin: adminPatch, ...rest } = patch as { admin?: object };
    const body = { ...base, ...rest, admin: { ...base.admin, ...adminPatch } };
    const before = (await t.database.db.select().from(units)).length;
    const response = await register(body);
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('validation_failed');
    expect(response.json().errors).toContainEqual({ path, message });
    expect((await t.database.db.select().from(units)).length).toBe(before);
  });

  it('refuses a second registration of the same org code with 409 and a clear message', async () => {
    const first = registrationBody();
    expect((await registerWithCode(first)).statusCode).toBe(201);
    t.clock.advance(61_000);
    const again = registrationBody({ orgCode: first.orgCode.toLowerCase() });
    const response = await registerWithCode(again);
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'org_code_taken', errors: [{ path: 'orgCode' }] });
    expect(response.json().detail).toContain('一个单位只能注册一名管理员');
  });

  it('refuses a taken username with the hint to add digits, without burning the SMS code', async () => {
    const body = registrationBody({ username: 'UnitAdmin' });
    expect((await requestCode(body.admin.mobile)).statusCode).toBe(202);
    const code = t.sms.lastCode(body.admin.mobile);
    const response = await register({ ...body, smsCode: code });
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'username_taken', errors: [{ path: 'admin.username' }] });
    expect(response.json().errors[0].message).toContain('数字');
    const fixed = await register({
      ...body,
      admin: { ...body.admin, username: 'unitadmin2026' },
      smsCode: code,
    });
    expect(fixed.statusCode).toBe(201);
  });

  it('refuses a wrong SMS code and stores nothing', async () => {
    const body = registrationBody();
    await requestCode(body.admin.mobile);
    const code = t.sms.lastCode(body.admin.mobile);
    const wrong = code === '000000' ? '111111' : '000000';
    const response = await register({ ...body, smsCode: wrong });
    expect(response.statusCode).toBe(400);
    expect(response.json()).toMatchObject({ code: 'sms_code_invalid', errors: [{ path: 'smsCode' }] });
    const rows = await t.database.db.select().from(users).where(eq(users.username, body.admin.username));
    expect(rows).toHaveLength(0);
  });
});

describe('SMS codes', () => {
  it('are single use', async () => {
    const body = registrationBody();
    expect((await registerWithCode(body)).statusCode).toBe(201);
    const second = registrationBody({
      mobile: body.admin.mobile,
      smsCode: t.sms.lastCode(body.admin.mobile),
    });
    const response = await register(second);
    expect(response.json().code).toBe('sms_code_invalid');
  });

  it('expire after 5 minutes', async () => {
    const body = registrationBody();
    await requestCode(body.admin.mobile);
    const code = t.sms.lastCode(body.admin.mobile);
    t.clock.advance(5 * 60_000 + 1000);
    const response = await register({ ...body, smsCode: code });
    expect(response.json().code).toBe('sms_code_invalid');
  });

  it('wait 60 s between sends and allow at most 5 per mobile per hour, with Retry-After', async () => {
    const mobile = '13600001111';
    expect((await requestCode(mobile)).statusCode).toBe(202);
    const tooSoon = await requestCode(mobile);
    expect(tooSoon.statusCode).toBe(429);
    expect(tooSoon.json().code).toBe('sms_too_frequent');
    expect(Number(tooSoon.headers['retry-after'])).toBeGreaterThan(0);
    expect(Number(tooSoon.headers['retry-after'])).toBeLessThanOrEqual(60);

    for (let i = 0; i < 4; i++) {
      t.clock.advance(61_000);
      expect((await requestCode(mobile)).statusCode).toBe(202);
    }
    t.clock.advance(61_000);
    const sixth = await requestCode(mobile);
    expect(sixth.statusCode).toBe(429);
    expect(Number(sixth.headers['retry-after'])).toBeGreaterThan(60);
    t.clock.advance(60 * 60_000);
    expect((await requestCode(mobile)).statusCode).toBe(202);
  });

  it('store codes hashed, never in clear', async () => {
    const mobile = '13600002222';
    await requestCode(mobile);
    const code = t.sms.lastCode(mobile);
    const { smsCodes } = await import('@zhicheng/db');
    const rows = await t.database.db.select().from(smsCodes).where(eq(smsCodes.mobile, mobile));
    expect(rows[0]?.codeHash).not.toContain(code);
    expect(rows[0]?.codeHash).toMatch(/^[0-9a-f]{64}$/);
  });
});

describe('forgot password (unit admins)', () => {
  it('resets by SMS code to the registered mobile and revokes every session', async () => {
    const body = registrationBody();
    expect((await registerWithCode(body)).statusCode).toBe(201);
    const session = await loginOk(t.app, body.admin.username, body.admin.password);
    t.clock.advance(61_000);

    expect((await requestCode(body.admin.mobile, 'reset_password')).statusCode).toBe(202);
    const reset = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: {
        username: body.admin.username,
        mobile: body.admin.mobile,
        smsCode: t.sms.lastCode(body.admin.mobile),
        newPassword: 'Reset-Pass2026',
      },
    });
    expect(reset.statusCode).toBe(204);
    const me = await t.app.inject({ method: 'GET', url: '/api/v1/me', headers: bearer(session.accessToken) });
    expect(me.statusCode).toBe(401);
    expect((await login(t.app, body.admin.username, 'Reset-Pass2026')).statusCode).toBe(200);
  });

  it('sends nothing to a mobile that is not a unit admin, but answers the same', async () => {
    const before = t.sms.sent.length;
    const response = await requestCode('13712345678', 'reset_password');
    expect(response.statusCode).toBe(202);
    expect(t.sms.sent.length).toBe(before);
  });

  it('refuses a username/mobile pair that does not match', async () => {
    const response = await t.app.inject({
      method: 'POST',
      url: '/api/v1/auth/password-reset',
      payload: {
        username: 'applicant01',
        mobile: '13800138000',
        smsCode: '123456',
        newPassword: 'Reset-Pass2026',
      },
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().code).toBe('sms_code_invalid');
  });
});

describe('unit profile', () => {
  it('lets the admin edit the editable fields with If-Match; operators may only read', async () => {
    const admin = await loginOk(t.app, 'unitadmin');
    const current = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit',
      headers: bearer(admin.accessToken),
    });
    const version = current.json().version;
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/unit',
      headers: { ...bearer(admin.accessToken), 'if-match': `"${version}"` },
      payload: { name: '深圳市示范水务工程设计研究院', adminPhone: '0755-86668888' },
    });
    expect(patched.statusCode).toBe(200);
    expect(patched.json()).toMatchObject({
      name: '深圳市示范水务工程设计研究院',
      admin: { phone: '0755-86668888' },
    });
    expect(patched.json().version).toBe(version + 1);

    const stale = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/unit',
      headers: { ...bearer(admin.accessToken), 'if-match': String(version) },
      payload: { name: '旧名称' },
    });
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: version + 1 });

    const orgCode = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/unit',
      headers: bearer(admin.accessToken),
      payload: { orgCode: '123456788' },
    });
    expect(orgCode.statusCode).toBe(400);

    const operator = await loginOk(t.app, 'unitoperator');
    const read = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit',
      headers: bearer(operator.accessToken),
    });
    expect(read.statusCode).toBe(200);
    const write = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/unit',
      headers: bearer(operator.accessToken),
      payload: { name: '改名' },
    });
    expect(write.statusCode).toBe(403);
  });

  it("stamps the unit's and the admin's updatedAt from the injected clock", async () => {
    const admin = await loginOk(t.app, 'unitadmin');
    const current = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit',
      headers: bearer(admin.accessToken),
    });
    // Far enough from the real time that a `new Date()` in the write path could not pass.
    t.clock.advance(90_000);
    const patched = await t.app.inject({
      method: 'PATCH',
      url: '/api/v1/unit',
      headers: bearer(admin.accessToken),
      payload: { socialSecurityNo: current.json().socialSecurityNo, adminPhone: '0755-88888888' },
    });
    expect(patched.statusCode, patched.body).toBe(200);
    const now = t.clock.now().toISOString();
    const [unit] = await t.database.db.select().from(units).where(eq(units.id, current.json().id));
    expect(unit?.updatedAt.toISOString()).toBe(now);
    const [user] = await t.database.db.select().from(users).where(eq(users.id, current.json().admin.id));
    expect(user?.updatedAt.toISOString()).toBe(now);
  });

  it('is not visible to applicants', async () => {
    const applicant = await loginOk(t.app, 'applicant01');
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit',
      headers: bearer(applicant.accessToken),
    });
    expect(response.statusCode).toBe(403);
  });
});
