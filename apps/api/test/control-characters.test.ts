import type { LightMyRequestResponse } from 'fastify';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDraft } from './application-factory.js';
import { makeIdNumber } from './fixtures.js';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';

// #16 defect 4: PostgreSQL refuses U+0000 in text, which used to answer 500. Every text field now
// refuses it (and the other C0 controls) with a 400 problem naming the field.

let t: TestApp;
let unitAdmin: string;
let applicant: string;
let appId: string;

beforeAll(async () => {
  t = await createTestApp();
  unitAdmin = (await loginOk(t.app, 'unitadmin')).accessToken;
  applicant = (await loginOk(t.app, 'applicant01')).accessToken;
  appId = (await createDraft(t, applicant)).id;
});
afterAll(async () => {
  await t?.close();
});

function expectRefused(response: LightMyRequestResponse, path: string) {
  expect(response.statusCode).toBe(400);
  expect(response.headers['content-type']).toMatch(/application\/problem\+json/);
  const problem = response.json();
  expect(problem.code).toBe('validation_failed');
  expect(problem.errors[0]).toEqual({ path, message: expect.stringContaining('不能包含控制字符') });
}

describe('control characters in text (#16)', () => {
  it('login with a NUL in the username answers 400 naming username, not 500', async () => {
    expectRefused(await login(t.app, 'unit\u0000admin', 'x', {}, '10.16.0.1'), 'username');
    // Another C0 control is refused by the contract itself.
    expectRefused(await login(t.app, 'unit\u0001admin', 'x', {}, '10.16.0.1'), 'username');
  });

  it('a search for %00 answers 400 naming q', async () => {
    const response = await t.app.inject({
      method: 'GET',
      url: '/api/v1/applications?q=%00',
      headers: bearer(unitAdmin),
    });
    expectRefused(response, 'q');
    const people = await t.app.inject({
      method: 'GET',
      url: '/api/v1/unit/applicants?q=%1F',
      headers: bearer(unitAdmin),
    });
    expectRefused(people, 'q');
  });

  it('creating an applicant with a NUL in the name answers 400 naming name', async () => {
    const body = {
      username: 'nulcheck01',
      password: 'Applicant-2026',
      name: '张\u0000三',
      idNumber: makeIdNumber('19880808', '716'),
    };
    const post = (payload: object) =>
      t.app.inject({ method: 'POST', url: '/api/v1/unit/applicants', headers: bearer(unitAdmin), payload });
    expectRefused(await post(body), 'name');
    expectRefused(await post({ ...body, name: '张\u007f三' }), 'name');
  });

  it('a section textarea keeps its newlines but refuses a NUL, naming the field', async () => {
    const url = `/api/v1/applications/${appId}/sections/selfEvaluation`;
    const put = (selfEvaluation: string, version: number) =>
      t.app.inject({
        method: 'PUT',
        url,
        headers: { ...bearer(applicant), 'if-match': String(version) },
        payload: { data: { selfEvaluation } },
      });
    // Other sections open once basic info is saved.
    const basicInfo = await t.app.inject({
      method: 'PUT',
      url: `/api/v1/applications/${appId}/sections/basicInfo`,
      headers: { ...bearer(applicant), 'if-match': '0' },
      payload: {
        data: {
          birthplace: '广东深圳',
          ethnicity: '汉族',
          socialSecurityNo: '123456789',
          politicalStatus: '群众',
          workStartMonth: '2008-07',
          employer: '深圳市示范水务工程设计院',
          professionalYears: 16,
          currentWork: '水文水资源分析',
          otherApplications: '无',
          mobile: '13800138000',
          email: 'zhangsan@example.com',
        },
      },
    });
    expect(basicInfo.statusCode).toBe(200);
    const saved = await put('第一段。\n\t第二段。\r\n', 0);
    expect(saved.statusCode).toBe(200);
    expectRefused(await put('第一段。\u0000', 1), 'data.selfEvaluation');
    expectRefused(await put('第一段。\u0008', 1), 'data.selfEvaluation');
    const stored = await t.app.inject({ method: 'GET', url, headers: bearer(applicant) });
    expect(stored.json()).toMatchObject({ version: 1, data: { selfEvaluation: '第一段。\n\t第二段。\r\n' } });
  });
});
