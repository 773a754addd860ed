import { auditEvents, DEMO_PASSWORD } from '@zhicheng/db';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createAccount, createCompleteApplication } from './application-factory.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

// 消息设置's contact details (issue #15): applicant accounts start with no mobile and no e-mail; each
// signed-in person enters their own e-mail, and a mobile proved by an SMS code, so notifications can reach
// them by SMS and e-mail.
let t: TestApp;

beforeAll(async () => {
  t = await createTestApp();
});
afterAll(async () => {
  await t?.close();
});

type Method = 'GET' | 'POST' | 'PUT';
// A contact change needs the current password (issue #16, tested in unit-admin-contact.test.ts): given here.
const withPassword = (url: string, payload?: object) =>
  url === '/me/contact' && payload ? { currentPassword: DEMO_PASSWORD, ...payload } : payload;
const call = (method: Method, url: string, token: string, payload?: object, headers = {}) => {
  const body = method === 'PUT' ? withPassword(url, payload) : payload;
  return t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(body ? { payload: body } : {}),
  });
};
const SEND_INTERVAL_MS = 61_000;

let mobiles = 0;
/** A mobile no other test uses (the SMS limits count per mobile). */
const freshMobile = () => {
  mobiles += 1;
  return `1357700${String(1000 + mobiles).slice(-4)}`;
};

async function contactAudits(userId: string) {
  return t.database.db
    .select()
    .from(auditEvents)
    .where(and(eq(auditEvents.actorId, userId), eq(auditEvents.action, 'account.contact_changed')));
}

describe('an applicant’s contact details', () => {
  it('start empty; an e-mail is taken as typed and then e-mail notifications can be chosen', async () => {
    const me = await createAccount(t);
    const empty = await call('GET', '/me/contact', me.token);
    expect(empty.statusCode).toBe(200);
    expect(empty.json()).toEqual({ mobile: null, email: null, version: expect.any(Number) });
    expect(
      (await call('PUT', '/me/notification-preferences', me.token, { sms: false, email: true })).statusCode,
    ).toBe(400);

    const saved = await call('PUT', '/me/contact', me.token, { email: 'zhang.san@example.cn' });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toEqual({
      mobile: null,
      email: 'zhang.san@example.cn',
      version: empty.json().version + 1,
    });
    const chosen = await call('PUT', '/me/notification-preferences', me.token, { sms: false, email: true });
    expect(chosen.statusCode, chosen.body).toBe(200);
    expect(chosen.json()).toMatchObject({ email: true, emailAddress: 'zhang.san@example.cn' });
    expect((await contactAudits(me.userId)).map((a) => a.details)).toEqual([
      { fields: ['email'], email: { from: null, to: 'z***@example.cn' } },
    ]);
  });

  it('registers a mobile with the SMS code sent to it, then SMS notifications reach it', async () => {
    const me = await createAccount(t);
    const mobile = freshMobile();
    const noCode = await call('PUT', '/me/contact', me.token, { mobile });
    expect(noCode.statusCode).toBe(400);
    expect(noCode.json().errors).toEqual([
      { path: 'smsCode', message: '请填写发送到新手机号码的短信验证码' },
    ]);

    const sent = await call('POST', '/me/contact/sms-code', me.token, { mobile });
    expect(sent.statusCode, sent.body).toBe(202);
    expect(sent.json()).toEqual({ sent: true, expiresIn: 300, resendAfter: 60 });
    expect(t.sms.sent.at(-1)).toEqual({
      mobile,
      text: expect.stringMatching(/^【.+】您的绑定手机号码验证码为 \d{6}，5 分钟内有效。/),
    });
    const saved = await call('PUT', '/me/contact', me.token, { mobile, smsCode: t.sms.lastCode(mobile) });
    expect(saved.statusCode, saved.body).toBe(200);
    expect(saved.json()).toMatchObject({ mobile, email: null });
    expect(
      (await call('PUT', '/me/notification-preferences', me.token, { sms: true, email: false })).statusCode,
    ).toBe(200);

    // An application of theirs rejected by the unit: the notification goes out by SMS to that mobile.
    const draft = await createCompleteApplication(t, me.token, me.userId);
    expect(
      (await call('POST', `/applications/${draft.id}/transitions`, me.token, { action: 'submit' }))
        .statusCode,
    ).toBe(200);
    const unit = (await loginOk(t.app, 'unitadmin')).accessToken;
    for (const body of [{ action: 'start_review' }, { action: 'reject', opinion: '不符合申报条件' }]) {
      const response = await call('POST', `/applications/${draft.id}/transitions`, unit, body);
      expect(response.statusCode, response.body).toBe(200);
    }
    await t.app.backgroundIdle();
    expect(t.sms.sent.filter((m) => m.mobile === mobile).map((m) => m.text)).toContainEqual(
      expect.stringMatching(/申报未通过：您申报的“.+”单位审核不通过。意见：不符合申报条件。$/),
    );
  });

  it('refuses a wrong code, a code sent for another purpose and a code sent to another mobile', async () => {
    const me = await createAccount(t);
    const mobile = freshMobile();
    const other = freshMobile();
    const wrong = async (smsCode: string, to = mobile) => {
      const response = await call('PUT', '/me/contact', me.token, { mobile: to, smsCode });
      expect(response.statusCode).toBe(400);
      expect(response.json()).toMatchObject({
        code: 'sms_code_invalid',
        errors: [{ path: 'smsCode', message: '短信验证码错误或已过期' }],
      });
    };
    // A 单位注册 code to the mobile is not a contact code.
    const registration = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms-codes',
      payload: { mobile, purpose: 'register' },
    });
    expect(registration.statusCode).toBe(202);
    await wrong(t.sms.lastCode(mobile));

    t.clock.advance(SEND_INTERVAL_MS);
    expect((await call('POST', '/me/contact/sms-code', me.token, { mobile })).statusCode).toBe(202);
    const code = t.sms.lastCode(mobile);
    await wrong(code === '000000' ? '000001' : '000000');
    await wrong(code, other);
    expect((await call('GET', '/me/contact', me.token)).json()).toMatchObject({ mobile: null });
    expect(await contactAudits(me.userId)).toEqual([]);
  });

  it('keeps the SMS service’s limits: 60 s between codes to one mobile; none to the mobile already on file', async () => {
    const me = await createAccount(t);
    const mobile = freshMobile();
    expect((await call('POST', '/me/contact/sms-code', me.token, { mobile })).statusCode).toBe(202);
    const again = await call('POST', '/me/contact/sms-code', me.token, { mobile });
    expect(again.statusCode).toBe(429);
    expect(again.json()).toMatchObject({ code: 'sms_too_frequent' });
    expect(again.headers['retry-after']).toBeDefined();

    expect(
      (await call('PUT', '/me/contact', me.token, { mobile, smsCode: t.sms.lastCode(mobile) })).statusCode,
    ).toBe(200);
    t.clock.advance(SEND_INTERVAL_MS);
    const same = await call('POST', '/me/contact/sms-code', me.token, { mobile });
    expect(same.statusCode).toBe(400);
    expect(same.json().errors).toEqual([{ path: 'mobile', message: '该手机号码已登记在您的账号上' }]);
    // Nor does the public route send codes for this purpose.
    const anonymous = await t.app.inject({
      method: 'POST',
      url: '/api/v1/sms-codes',
      payload: { mobile: freshMobile(), purpose: 'contact' },
    });
    expect(anonymous.statusCode).toBe(400);
    expect(anonymous.json().errors).toEqual([expect.objectContaining({ path: 'purpose' })]);
  });

  it('removing the e-mail turns e-mail notifications off; SMS can be switched off and the mobile stays', async () => {
    const me = await createAccount(t);
    expect((await call('PUT', '/me/contact', me.token, { email: 'li.si@example.cn' })).statusCode).toBe(200);
    expect(
      (await call('PUT', '/me/notification-preferences', me.token, { sms: false, email: true })).statusCode,
    ).toBe(200);

    const removed = await call('PUT', '/me/contact', me.token, { email: null });
    expect(removed.statusCode, removed.body).toBe(200);
    expect(removed.json()).toMatchObject({ email: null });
    expect((await call('GET', '/me/notification-preferences', me.token)).json()).toEqual({
      sms: false,
      email: false,
      mobile: null,
      emailAddress: null,
    });
    expect((await contactAudits(me.userId)).map((a) => a.details)).toContainEqual({
      fields: ['email'],
      email: { from: 'l***@example.cn', to: null },
      emailRemoved: true,
      emailNotificationsTurnedOff: true,
    });
    // The mobile is replaced, never removed: null is not a mobile.
    const noMobile = await call('PUT', '/me/contact', me.token, { mobile: null });
    expect(noMobile.statusCode).toBe(400);
    expect(noMobile.json().errors).toEqual([expect.objectContaining({ path: 'mobile' })]);
  });

  it('checks If-Match before the code is used up, so a refreshed retry with the same code succeeds', async () => {
    const me = await createAccount(t);
    const mobile = freshMobile();
    const { version } = (await call('GET', '/me/contact', me.token)).json();
    expect((await call('PUT', '/me/contact', me.token, { email: 'wang.wu@example.cn' })).statusCode).toBe(
      200,
    );
    expect((await call('POST', '/me/contact/sms-code', me.token, { mobile })).statusCode).toBe(202);
    const smsCode = t.sms.lastCode(mobile);

    const stale = await call(
      'PUT',
      '/me/contact',
      me.token,
      { mobile, smsCode },
      { 'if-match': `"${version}"` },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json()).toMatchObject({ code: 'version_conflict', currentVersion: version + 1 });
    const fresh = await call(
      'PUT',
      '/me/contact',
      me.token,
      { mobile, smsCode },
      { 'if-match': `"${version + 1}"` },
    );
    expect(fresh.statusCode, fresh.body).toBe(200);
    expect(fresh.json()).toEqual({ mobile, email: 'wang.wu@example.cn', version: version + 2 });
  });

  it('answers per field in Chinese for a malformed e-mail or mobile and refuses unknown fields', async () => {
    const me = await createAccount(t);
    const bad = await call('PUT', '/me/contact', me.token, { email: '不是邮箱', mobile: '12345' });
    expect(bad.statusCode).toBe(400);
    expect(bad.json().errors).toEqual(
      expect.arrayContaining([
        { path: 'email', message: '邮箱格式不正确' },
        { path: 'mobile', message: '请填写 11 位手机号码' },
      ]),
    );
    const unknown = await call('PUT', '/me/contact', me.token, { phone: '0755-88888888' });
    expect(unknown.statusCode).toBe(400);
    const badCode = await call('POST', '/me/contact/sms-code', me.token, { mobile: '23800000000' });
    expect(badCode.statusCode).toBe(400);
    expect(badCode.json().errors).toEqual([{ path: 'mobile', message: '请填写 11 位手机号码' }]);
  });

  it('is every signed-in person’s own: a unit admin changes their e-mail the same way', async () => {
    const admin = (await loginOk(t.app, 'unitadmin')).accessToken;
    const before = (await call('GET', '/me/contact', admin)).json();
    const saved = await call('PUT', '/me/contact', admin, { email: 'admin.new@example.cn' });
    expect(saved.statusCode).toBe(200);
    expect(saved.json()).toEqual({ ...before, email: 'admin.new@example.cn', version: before.version + 1 });
  });
});
