import { applicantImportReportSchema } from '@zhicheng/contracts';
import { auditEvents, users } from '@zhicheng/db';
import { eq, inArray } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { issueKey, scopesBut } from './api-keys-fixtures.js';
import { csvText, gb18030, importFile, type Row, utf8, validRow } from './applicant-import-fixtures.js';
import { makeIdNumber, registrationBody } from './fixtures.js';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let adminToken: string;
let operatorToken: string;
let otherUnitAdminToken: string;
let unitId: string;

beforeAll(async () => {
  t = await createTestApp();
  adminToken = (await loginOk(t.app, 'unitadmin')).accessToken;
  operatorToken = (await loginOk(t.app, 'unitoperator')).accessToken;
  const [admin] = await t.database.db.select().from(users).where(eq(users.username, 'unitadmin'));
  unitId = admin?.unitId ?? '';
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

async function importOk(token: string, data: Buffer) {
  const response = await importFile(t.app, token, data);
  expect(response.statusCode, response.body).toBe(200);
  expect(response.headers['cache-control']).toBe('no-store');
  return applicantImportReportSchema.parse(response.json());
}

/** The audit event of the import that created `username` (the manual clock gives them all one time). */
async function importEventOf(username: string) {
  const events = await t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, 'applicants.imported'));
  return events.find((e) => (e.details as { usernames?: string[] }).usernames?.includes(username));
}

const wrongCheckDigit = (id: string) => id.slice(0, 17) + (id.endsWith('0') ? '1' : '0');

const accountsOf = (rows: Row[]) =>
  t.database.db
    .select()
    .from(users)
    .where(
      inArray(
        users.username,
        rows.map((r) => r.username),
      ),
    );

describe('the import template', () => {
  it('is UTF-8 with BOM for unit staff, and imports as it is', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit/applicants/import-template.csv',
      headers: bearer(operatorToken),
    });
    expect(response.statusCode).toBe(200);
    expect(response.headers['content-type']).toBe('text/csv; charset=utf-8');
    expect(response.headers['content-disposition']).toContain(
      `filename*=UTF-8''${encodeURIComponent('申报人员导入模板.csv')}`,
    );
    expect([...response.rawPayload.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(response.body).toContain('姓名,账号,身份证号\r\n张三,zhangsan01,');

    const report = await importOk(operatorToken, response.rawPayload);
    expect(report).toMatchObject({ created: 1, errors: [], accounts: [{ row: 2, username: 'zhangsan01' }] });
  });
});

describe('importing applicants', () => {
  it('creates every valid row in the unit, each with an initial password, and audits the import once', async () => {
    const rows = [validRow(), { ...validRow(), name: '"欧阳,娜娜"' }, validRow()];
    const report = await importOk(adminToken, utf8(csvText(rows)));
    expect(report).toMatchObject({ created: 3, skipped: 0, errors: [], skippedRows: [] });
    expect(report.accounts.map((a) => [a.row, a.username])).toEqual([
      [2, rows[0]?.username],
      [3, rows[1]?.username],
      [4, rows[2]?.username],
    ]);
    expect(report.accounts[1]?.name).toBe('欧阳,娜娜');
    for (const a of report.accounts)
      expect(a.initialPassword).toMatch(/^(?=.*[A-Z])(?=.*[a-z])(?=.*\d).{12}$/);
    expect(new Set(report.accounts.map((a) => a.initialPassword)).size).toBe(3);

    const stored = await accountsOf(rows);
    expect(stored).toHaveLength(3);
    for (const user of stored) {
      expect(user).toMatchObject({ role: 'applicant', unitId, mustChangePassword: true, status: 'active' });
      expect(user.passwordHash).not.toContain(
        report.accounts.find((a) => a.username === user.username)?.initialPassword,
      );
    }
    const event = await importEventOf(rows[0]?.username ?? '');
    expect(event).toMatchObject({ actorRole: 'unit_admin', targetType: 'unit', targetId: unitId });
    expect(event?.details).toMatchObject({ rows: 3, created: 3, skipped: 0, errors: 0, encoding: 'utf-8' });
    expect(JSON.stringify(event)).not.toContain(report.accounts[0]?.initialPassword);
  });

  it('lets a created account log in with its initial password, which it must change first', async () => {
    const row = validRow();
    const [account] = (await importOk(operatorToken, utf8(csvText([row])))).accounts;
    const first = await login(t.app, row.username, account?.initialPassword ?? '');
    expect(first.statusCode).toBe(200);
    expect(first.json().user.mustChangePassword).toBe(true);
    const token = first.json().accessToken as string;
    const blocked = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications',
      headers: bearer(token),
    });
    expect(blocked.json().code).toBe('password_change_required');
    const changed = await t.app.inject({
      method: 'POST',
      url: '/api/v1/me/password',
      headers: bearer(token),
      payload: { currentPassword: account?.initialPassword, newPassword: 'Imported-2026' },
    });
    expect(changed.statusCode, changed.body).toBe(200);
    expect(changed.json().user.mustChangePassword).toBe(false);
  });

  it('reports each invalid row with its line in the file and still creates the valid ones', async () => {
    const good = [validRow(), validRow()];
    const text = csvText([
      good[0] as Row, // line 2
      '', // line 3: blank lines count, but are no rows
      `王五,wangwu01,${wrongCheckDigit(makeIdNumber('19900101', '123'))}`, // line 4: check digit
      `,noname01,${makeIdNumber('19900101', '124')}`, // line 5: no name
      `李四,ab,${makeIdNumber('19900101', '125')}`, // line 6: username too short
      '赵六,zhaoliu01,4.40305E+17', // line 7: Excel's scientific notation
      good[1] as Row, // line 8
    ]);
    const report = await importOk(adminToken, utf8(text));
    expect(report.created).toBe(2);
    expect(report.accounts.map((a) => a.row)).toEqual([2, 8]);
    expect(report.errors.map((e) => e.row)).toEqual([4, 5, 6, 7]);
    const [checkDigit, noName, badUsername, scientific] = report.errors.map((e) => e.message);
    expect(checkDigit).toBe('身份证号：身份证号校验位不正确，请核对');
    expect(noName).toBe('姓名：请填写姓名');
    expect(badUsername).toBe('账号：用户名须为6–14 位字母或数字');
    expect(scientific).toContain('科学计数法');
    expect(await accountsOf([{ username: 'wangwu01' }, { username: 'zhaoliu01' }] as Row[])).toHaveLength(0);
  });

  it('refuses duplicates within the file and usernames held by other people', async () => {
    const first = validRow();
    const text = csvText([
      first, // line 2
      { ...validRow(), username: first.username.toUpperCase() }, // line 3: same username, other case
      { ...validRow(), idNumber: first.idNumber }, // line 4: same person again
      { ...validRow(), username: 'applicant01' }, // line 5: this unit's applicant, another ID number
      { ...validRow(), username: 'unitoperator' }, // line 6: a staff account
    ]);
    const report = await importOk(adminToken, utf8(text));
    expect(report.accounts.map((a) => a.row)).toEqual([2]);
    expect(report.errors).toEqual([
      { row: 3, message: `账号 ${first.username.toUpperCase()} 与第 2 行重复` },
      { row: 4, message: '身份证号与第 2 行重复' },
      { row: 5, message: expect.stringContaining('已是本单位另一位申报人员的账号') },
      { row: 6, message: expect.stringContaining('已被其他单位或其他人员使用') },
    ]);
  });

  it('skips the accounts that exist: a re-run creates nothing', async () => {
    const rows = [validRow(), validRow()];
    const file = utf8(csvText(rows), true);
    expect((await importOk(adminToken, file)).created).toBe(2);
    const again = await importOk(operatorToken, file);
    expect(again).toEqual({
      created: 0,
      skipped: 2,
      errors: [],
      accounts: [],
      skippedRows: [
        { row: 2, username: rows[0]?.username },
        { row: 3, username: rows[1]?.username },
      ],
    });
    expect(await accountsOf(rows)).toHaveLength(2);
  });

  it('runs two imports of one file one after the other: one creates, the other skips', async () => {
    const rows = [validRow(), validRow(), validRow()];
    const file = utf8(csvText(rows));
    const reports = await Promise.all([importOk(adminToken, file), importOk(operatorToken, file)]);
    expect(reports.map((r) => r.created).sort()).toEqual([0, 3]);
    expect(reports.map((r) => r.skipped).sort()).toEqual([0, 3]);
    expect(await accountsOf(rows)).toHaveLength(3);
  });

  it('reads UTF-8 with a BOM and GB18030 as Excel on Chinese Windows saves it', async () => {
    const bom = validRow('张三');
    expect((await importOk(adminToken, utf8(csvText([bom]), true))).accounts[0]?.name).toBe(bom.name);

    const gb = { ...validRow(), name: '王五㐁' };
    const report = await importOk(adminToken, gb18030(csvText([gb])));
    expect(report.errors).toEqual([]);
    expect(report.accounts[0]).toMatchObject({ row: 2, name: '王五㐁', username: gb.username });
    const [stored] = await accountsOf([gb]);
    expect(stored?.name).toBe('王五㐁');
    expect((await importEventOf(gb.username))?.details).toMatchObject({ encoding: 'gb18030', created: 1 });
  });

  it('takes an API key with applicants:write, acting for its unit; other keys get 403', async () => {
    const writer = await issueKey(t, adminToken, { scopes: ['applicants:write'] });
    const row = validRow();
    const report = await importOk(writer.key, utf8(csvText([row])));
    expect(report.accounts.map((a) => a.username)).toEqual([row.username]);
    const [stored] = await accountsOf([row]);
    expect(stored?.unitId).toBe(unitId);
    expect((await importEventOf(row.username))?.details).toMatchObject({ apiKey: { id: writer.id } });

    const reader = await issueKey(t, adminToken, { scopes: scopesBut('applicants:write') });
    const refused = await importFile(t.app, reader.key, utf8(csvText([validRow()])));
    expect(refused.statusCode).toBe(403);
    expect(refused.json().code).toBe('insufficient_scope');
  });

  it("keeps units apart: another unit's import neither touches nor reuses this unit's accounts", async () => {
    const ours = validRow();
    await importOk(adminToken, utf8(csvText([ours])));
    const theirs = validRow();
    const report = await importOk(otherUnitAdminToken, utf8(csvText([ours, theirs])));
    expect(report.skipped).toBe(0);
    expect(report.errors).toEqual([
      { row: 2, message: expect.stringContaining('已被其他单位或其他人员使用') },
    ]);
    expect(report.accounts.map((a) => a.username)).toEqual([theirs.username]);

    const stored = await accountsOf([ours, theirs]);
    const unitOf = Object.fromEntries(stored.map((u) => [u.username, u.unitId]));
    expect(unitOf[ours.username]).toBe(unitId);
    expect(unitOf[theirs.username]).not.toBe(unitId);
    const list = await t.app.inject({
      method: 'GET',
      url: `/api/v1/unit/applicants?q=${theirs.username}`,
      headers: bearer(adminToken),
    });
    expect(list.json().total).toBe(0);
    // The other unit's person with the same ID number is no duplicate of ours.
    const samePerson = await importOk(
      otherUnitAdminToken,
      utf8(csvText([{ ...validRow(), idNumber: ours.idNumber }])),
    );
    expect(samePerson.created).toBe(1);
  });
});
