import { type Role, roles } from '@zhicheng/contracts';
import { demoAccounts, users } from '@zhicheng/db';
import { eq, inArray, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { csvText, importFile, utf8, validRow } from './applicant-import-fixtures.js';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';
import { multipart } from './upload-fixtures.js';

let t: TestApp;
const tokens = new Map<Role, string>();

beforeAll(async () => {
  t = await createTestApp();
  for (const role of roles) {
    const username = demoAccounts.find((a) => a.role === role)?.username ?? '';
    tokens.set(role, (await loginOk(t.app, username)).accessToken);
  }
});
afterAll(async () => {
  await t?.close();
});

const admin = () => tokens.get('unit_admin') ?? '';
const unitApplicantCount = async () =>
  (await t.database.db.select().from(users).where(eq(users.role, 'applicant'))).length;

async function refused(data: Buffer, status = 400, code = 'import_file_invalid') {
  const before = await unitApplicantCount();
  const response = await importFile(t.app, admin(), data);
  expect(response.statusCode, response.body).toBe(status);
  expect(response.json().code).toBe(code);
  expect(await unitApplicantCount()).toBe(before);
  return response.json().detail as string;
}

describe('files the import refuses as a whole', () => {
  it('refuses a wrong or missing header, naming the expected columns', async () => {
    const wrong = await refused(utf8(csvText([validRow()], '名字,用户名,身份证')));
    expect(wrong).toContain('缺少“姓名、账号、身份证号”列');
    expect(wrong).toContain('姓名、账号、身份证号');
    const partly = await refused(utf8(csvText([validRow()], '姓名,账号')));
    expect(partly).toContain('缺少“身份证号”列');
    const twice = await refused(utf8(csvText([validRow()], '姓名,账号,身份证号,账号')));
    expect(twice).toContain('“账号”列重复');
    const response = await importFile(t.app, admin(), utf8('姓名;账号;身份证号\r\n'));
    expect(response.json().expectedColumns).toEqual(['姓名', '账号', '身份证号']);
  });

  it('reads the columns by name, in any order, ignoring others', async () => {
    const row = validRow();
    const text = `备注,身份证号,姓名,账号\r\n外聘,${row.idNumber},${row.name},${row.username}\r\n`;
    const response = await importFile(t.app, admin(), utf8(text));
    expect(response.json()).toMatchObject({ created: 1, accounts: [{ row: 2, name: row.name }] });
  });

  it('refuses workbooks, UTF-16, binary files, broken CSV and files without rows', async () => {
    expect(await refused(Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x14, 0x00]))).toContain('Excel 工作簿');
    expect(await refused(Buffer.from([0xff, 0xfe, 0x59, 0x51]))).toContain('UTF-16');
    expect(await refused(Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x00, 0x01]))).toContain('不是 CSV');
    expect(await refused(Buffer.alloc(0))).toContain('文件是空的');
    expect(await refused(utf8(`${csvText([validRow()])}"unclosed,x\r\n`))).toContain('第 3 行的引号没有闭合');
    expect(await refused(utf8('姓名,账号,身份证号\r\n\r\n,,\r\n'))).toContain('没有数据行');
  });

  it('refuses more than 2,000 rows and files over 1 MB, creating nothing', async () => {
    const lines = Array.from({ length: 2001 }, (_, i) => `人员${i},user${i}xx,110105194912310000`);
    expect(await refused(utf8(csvText(lines)))).toContain('一次最多导入 2000 行，该文件有 2001 行');
    const large = Buffer.concat([utf8(csvText([validRow()])), Buffer.alloc(1024 * 1024, 0x20)]);
    expect(await refused(large, 413, 'file_too_large')).toContain('1 MB');
  });

  it('takes exactly one file in the field `file`, as multipart', async () => {
    const file = utf8(csvText([validRow()]));
    const inject = (body: { payload: Buffer; contentType: string }) =>
      t.app.inject({
        method: 'POST',
        url: '/api/v1/unit/applicants/import',
        headers: { ...bearer(admin()), 'content-type': body.contentType },
        payload: body.payload,
      });
    const two = await inject(
      multipart([
        { name: 'a.csv', data: file },
        { name: 'b.csv', data: file },
      ]),
    );
    expect(two.statusCode).toBe(400);
    expect(two.json().detail).toBe('一次只能导入一个文件');
    const otherField = await inject(multipart([{ name: 'a.csv', data: file, field: 'upload' }]));
    expect(otherField.json().detail).toContain('file 字段');
    const json = await t.app.inject({
      method: 'POST',
      url: '/api/v1/unit/applicants/import',
      headers: bearer(admin()),
      payload: { rows: [] },
    });
    expect(json.statusCode).toBe(415);
  });
});

describe('one transaction', () => {
  it('writes nothing when the server fails midway (after the accounts, before the audit)', async () => {
    const db = t.database.db;
    await db.execute(sql`
      create function fail_import_audit() returns trigger language plpgsql as $$
      begin raise exception 'audit store down'; end $$`);
    await db.execute(sql`
      create trigger fail_import_audit before insert on audit_events for each row
      when (new.action = 'applicants.imported') execute function fail_import_audit()`);
    const rows = [validRow(), validRow()];
    try {
      const response = await importFile(t.app, admin(), utf8(csvText(rows)));
      expect(response.statusCode).toBe(500);
    } finally {
      await db.execute(sql`drop trigger fail_import_audit on audit_events`);
      await db.execute(sql`drop function fail_import_audit()`);
    }
    const written = await db
      .select()
      .from(users)
      .where(
        inArray(
          users.username,
          rows.map((r) => r.username),
        ),
      );
    expect(written).toEqual([]);
    // The same file imports once the server is well again.
    expect((await importFile(t.app, admin(), utf8(csvText(rows)))).json().created).toBe(2);
  });
});

describe('who may import', () => {
  const routes = [
    { method: 'POST' as const, url: '/api/v1/unit/applicants/import' },
    { method: 'GET' as const, url: '/api/v1/unit/applicants/import-template.csv' },
  ];

  it('refuses every role but the unit admin and operators, and callers without a token', async () => {
    for (const route of routes) {
      for (const role of roles.filter((r) => r !== 'unit_admin' && r !== 'unit_operator')) {
        const body = multipart([{ name: 'a.csv', data: utf8(csvText([validRow()])) }]);
        const response = await t.app.inject({
          ...route,
          headers: { ...bearer(tokens.get(role) ?? ''), 'content-type': body.contentType },
          ...(route.method === 'POST' ? { payload: body.payload } : {}),
        });
        expect(response.statusCode, `${role} ${route.url}`).toBe(403);
        expect(response.json().code).toBe('forbidden');
      }
      expect((await t.app.inject(route)).statusCode).toBe(401);
    }
  });
});
