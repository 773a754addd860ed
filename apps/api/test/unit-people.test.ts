import { auditEvents, users } from '@zhicheng/db';
import { eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeIdNumber, registrationBody } from './fixtures.js';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let adminToken: string;
let operatorToken: string;
let otherUnitAdminToken: string;

beforeAll(async () => {
  t = await createTestApp();
  adminToken = (await loginOk(t.app, 'unitadmin')).accessToken;
  operatorToken = (await loginOk(t.app, 'unitoperator')).accessToken;
  // A second unit, registered the way a real one is.
  const body = registrationBody();
  await t.app.inject({
    method: 'POST',
    url: '/api/v1/sms-codes',
    payload: { mobile: body.admin.mobile, purpose: 'register' },
  });
  const registered = await t.app.inject({
    method: 'POST',
    url: '/api/v1/units',
    payload: { ...body, smsCode: t.sms.lastCode(body.admin.mobile) },
  });
  expect(registered.statusCode).toBe(201);
  otherUnitAdminToken = (await loginOk(t.app, body.admin.username, body.admin.password)).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const api = (
  token: string,
  method: 'GET' | 'POST' | 'PATCH' | 'DELETE',
  url: string,
  payload?: object,
  headers = {},
) =>
  t.app.inject({
    method,
    url: `/api/v1${url}`,
    headers: { ...bearer(token), ...headers },
    ...(payload ? { payload } : {}),
  });

let created = 0;
function applicantBody(overrides: object = {}) {
  created += 1;
  return {
    username: `zhangsan${String(created).padStart(3, '0')}`,
    password: 'Applicant-2026',
    name: `张三${created}`,
    idNumber: makeIdNumber('19880808', String(100 + created).slice(-3)),
    ...overrides,
  };
}

describe('applicant accounts', () => {
  it('creates an applicant who must change the password at first login', async () => {
    const body = applicantBody();
    const response = await api(adminToken, 'POST', '/unit/applicants', body);
    expect(response.statusCode).toBe(201);
    expect(response.json()).toMatchObject({
      username: body.username,
      name: body.name,
      idNumber: body.idNumber,
      deletable: true,
    });

    const first = await login(t.app, body.username, body.password);
    expect(first.json().user.mustChangePassword).toBe(true);
    const events = await t.database.db
      .select()
      .from(auditEvents)
      .where(eq(auditEvents.targetId, response.json().id));
    expect(events.map((e) => e.action)).toContain('account.created');
    expect(JSON.stringify(events)).not.toContain(body.password);
  });

  it('refuses a taken username (any case) with the hint to add digits', async () => {
    const response = await api(
      operatorToken,
      'POST',
      '/unit/applicants',
      applicantBody({ username: 'Applicant01' }),
    );
    expect(response.statusCode).toBe(409);
    expect(response.json()).toMatchObject({ code: 'username_taken', errors: [{ path: 'username' }] });
    expect(response.json().detail).toContain('数字');
  });

  it('validates every field', async () => {
    const response = await api(adminToken, 'POST', '/unit/applicants', {
      username: 'ab',
      password: 'weak',
      name: '',
      idNumber: '123',
    });
    expect(response.statusCode).toBe(400);
    expect([...new Set(response.json().errors.map((e: { path: string }) => e.path))].sort()).toEqual([
      'idNumber',
      'name',
      'password',
      'username',
    ]);
  });

  it('lists with search and pagination, ID numbers masked', async () => {
    for (let i = 0; i < 3; i++)
      await api(adminToken, 'POST', '/unit/applicants', applicantBody({ name: `李搜索${i}` }));
    const page = await api(operatorToken, 'GET', '/unit/applicants?q=李搜索&limit=2');
    expect(page.statusCode).toBe(200);
    expect(page.json().total).toBe(3);
    expect(page.json().items).toHaveLength(2);
    expect(page.json().items[0].idNumberMasked).toMatch(/^440305\*{8}\d{3}[\dX]$/);
    expect(JSON.stringify(page.json())).not.toMatch(/440305\d{12}/);
    const rest = await api(
      operatorToken,
      'GET',
      `/unit/applicants?q=李搜索&limit=2&cursor=${page.json().nextCursor}`,
    );
    expect(rest.json().items).toHaveLength(1);
    expect(rest.json().nextCursor).toBeNull();

    const byAccount = await api(adminToken, 'GET', '/unit/applicants?q=applicant01');
    expect(byAccount.json().items.map((i: { username: string }) => i.username)).toEqual(['applicant01']);
    const byId = await api(adminToken, 'GET', '/unit/applicants?q=19850312');
    expect(byId.json().items.map((i: { username: string }) => i.username)).toEqual(['applicant01']);
  });

  it('searches short terms from the start and longer ones anywhere (each served by an index)', async () => {
    for (const name of ['欧阳明', '欧阳明月', '司马欧阳'])
      await api(adminToken, 'POST', '/unit/applicants', applicantBody({ name }));
    const names = async (q: string) =>
      (await api(adminToken, 'GET', `/unit/applicants?q=${encodeURIComponent(q)}`))
        .json()
        .items.map((i: { name: string }) => i.name)
        .sort();
    // Two characters: names that start with them (a surname), not names that merely contain them.
    expect(await names('欧阳')).toEqual(['欧阳明', '欧阳明月']);
    // Three or more: anywhere in the name.
    expect(await names('阳明月')).toEqual(['欧阳明月']);
    expect(await names('马欧阳')).toEqual(['司马欧阳']);
    // Accounts regardless of case, ID numbers with a lower-case x.
    expect(await names('ZH')).toContain('欧阳明');
  });

  it('edits with If-Match and refuses a stale version', async () => {
    const { id, version } = (await api(adminToken, 'POST', '/unit/applicants', applicantBody())).json();
    const edited = await api(
      adminToken,
      'PATCH',
      `/unit/applicants/${id}`,
      { name: '张三丰' },
      { 'if-match': String(version) },
    );
    expect(edited.json()).toMatchObject({ name: '张三丰', version: version + 1 });
    const stale = await api(
      adminToken,
      'PATCH',
      `/unit/applicants/${id}`,
      { name: '张无忌' },
      { 'if-match': String(version) },
    );
    expect(stale.statusCode).toBe(409);
    expect(stale.json().code).toBe('version_conflict');
    expect((await api(adminToken, 'GET', `/unit/applicants/${id}`)).json().name).toBe('张三丰');
  });

  it('stamps updatedAt from the injected clock on edits and password resets', async () => {
    const { id, version } = (await api(adminToken, 'POST', '/unit/applicants', applicantBody())).json();
    const updatedAt = async () =>
      (await t.database.db.select().from(users).where(eq(users.id, id)))[0]?.updatedAt.toISOString();
    // Far enough from the real time that a `new Date()` in the write path could not pass.
    t.clock.advance(90_000);
    const headers = { 'if-match': String(version) };
    const edited = await api(adminToken, 'PATCH', `/unit/applicants/${id}`, { name: '李四' }, headers);
    expect(edited.statusCode, edited.body).toBe(200);
    expect(await updatedAt()).toBe(t.clock.now().toISOString());
    t.clock.advance(90_000);
    expect((await api(adminToken, 'POST', `/unit/applicants/${id}/reset-password`)).statusCode).toBe(200);
    expect(await updatedAt()).toBe(t.clock.now().toISOString());
  });

  it('reset yields a one-time password that works once and forces a change', async () => {
    const body = applicantBody();
    const { id } = (await api(adminToken, 'POST', '/unit/applicants', body)).json();
    const session = await loginOk(t.app, body.username, body.password);
    const reset = await api(operatorToken, 'POST', `/unit/applicants/${id}/reset-password`);
    expect(reset.statusCode).toBe(200);
    const { temporaryPassword } = reset.json();
    expect(temporaryPassword).toMatch(/^(?=.*\d)(?=.*[a-z])(?=.*[A-Z]).{12}$/);

    expect((await api(session.accessToken, 'GET', '/me')).statusCode).toBe(401);
    expect((await login(t.app, body.username, body.password)).statusCode).toBe(401);
    const fresh = await login(t.app, body.username, temporaryPassword);
    expect(fresh.json().user.mustChangePassword).toBe(true);
  });

  it('deletes an applicant who never submitted; the account can no longer log in', async () => {
    const body = applicantBody();
    const { id } = (await api(adminToken, 'POST', '/unit/applicants', body)).json();
    expect((await api(adminToken, 'DELETE', `/unit/applicants/${id}`)).statusCode).toBe(204);
    expect((await api(adminToken, 'GET', `/unit/applicants/${id}`)).statusCode).toBe(404);
    expect((await login(t.app, body.username, body.password)).statusCode).toBe(401);
  });

  it('refuses to delete an applicant who submitted, who can be disabled instead and then cannot log in', async () => {
    const body = applicantBody();
    const { id } = (await api(adminToken, 'POST', '/unit/applicants', body)).json();
    await t.database.db.update(users).set({ firstSubmittedAt: new Date() }).where(eq(users.id, id));
    const session = await loginOk(t.app, body.username, body.password);

    const refused = await api(adminToken, 'DELETE', `/unit/applicants/${id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('可以停用');
    expect((await api(adminToken, 'GET', `/unit/applicants/${id}`)).json().deletable).toBe(false);

    const disabled = await api(adminToken, 'PATCH', `/unit/applicants/${id}`, { status: 'disabled' });
    expect(disabled.json().status).toBe('disabled');
    expect((await api(session.accessToken, 'GET', '/me')).statusCode).toBe(401);
    expect((await login(t.app, body.username, body.password)).json().code).toBe('account_disabled');

    await api(adminToken, 'PATCH', `/unit/applicants/${id}`, { status: 'active' });
    expect((await login(t.app, body.username, body.password)).statusCode).toBe(200);
  });
});

describe('tenant isolation', () => {
  it("answers 404 for another unit's applicant, whatever the operation", async () => {
    const { id } = (await api(adminToken, 'POST', '/unit/applicants', applicantBody())).json();
    for (const [method, url, payload] of [
      ['GET', `/unit/applicants/${id}`, undefined],
      ['PATCH', `/unit/applicants/${id}`, { name: '改名' }],
      ['DELETE', `/unit/applicants/${id}`, undefined],
      ['POST', `/unit/applicants/${id}/reset-password`, undefined],
    ] as const) {
      const response = await api(otherUnitAdminToken, method, url, payload);
      expect(response.statusCode, `${method} ${url}`).toBe(404);
      expect(response.body).not.toContain('440305');
    }
    const list = await api(otherUnitAdminToken, 'GET', '/unit/applicants');
    expect(list.json().total).toBe(0);
    expect((await api(adminToken, 'GET', `/unit/applicants/${id}`)).statusCode).toBe(200);
  });
});

describe('operators', () => {
  it('the unit admin creates an operator, who can manage applicants but not operators', async () => {
    const response = await api(adminToken, 'POST', '/unit/operators', {
      ...applicantBody({ username: 'jingban02' }),
      mobile: '13900001234',
    });
    expect(response.statusCode).toBe(201);
    expect(response.json().mobile).toBe('13900001234');

    for (const [method, url] of [
      ['GET', '/unit/operators'],
      ['POST', '/unit/operators'],
      ['GET', `/unit/operators/${response.json().id}`],
      ['DELETE', `/unit/operators/${response.json().id}`],
    ] as const) {
      const refused = await api(operatorToken, method, url, method === 'POST' ? applicantBody() : undefined);
      expect(refused.statusCode, `${method} ${url}`).toBe(403);
    }
    const list = await api(adminToken, 'GET', '/unit/operators');
    expect(list.json().items.map((o: { username: string }) => o.username)).toContain('jingban02');
  });

  it('operators and applicants are separate lists', async () => {
    const applicants = await api(adminToken, 'GET', '/unit/applicants?limit=100');
    expect(applicants.json().items.map((a: { username: string }) => a.username)).not.toContain(
      'unitoperator',
    );
    const operators = await api(adminToken, 'GET', '/unit/operators?limit=100');
    expect(operators.json().items.map((a: { username: string }) => a.username)).not.toContain('applicant01');
  });

  it('applicants cannot reach the unit routes', async () => {
    const applicant = await loginOk(t.app, 'applicant02');
    expect((await api(applicant.accessToken, 'GET', '/unit/applicants')).statusCode).toBe(403);
  });
});
