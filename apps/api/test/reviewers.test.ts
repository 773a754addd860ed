import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, login, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let bureau: string;
beforeAll(async () => {
  t = await createTestApp();
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const api = (token: string, method: 'GET' | 'POST' | 'PATCH', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

describe('reviewer accounts (bureau)', () => {
  it('lists departments and committees to pick from', async () => {
    const departments = (await api(bureau, 'GET', '/admin/departments')).json().items;
    expect(departments.map((d: { name: string }) => d.name)).toContain('深圳市水务局');
    const committees = (await api(bureau, 'GET', '/admin/committees')).json().items;
    const water = committees.find((c: { code: string }) => c.code === 'SZ-GC-SL-G');
    expect(water).toMatchObject({ departmentName: '深圳市水务局', pilot: true });
  });

  it('creates a department reviewer and a committee secretary, each tied to their tenant', async () => {
    const departments = (await api(bureau, 'GET', '/admin/departments')).json().items;
    const dept = departments.find((d: { name: string }) => d.name === '深圳市住房和建设局');
    const reviewer = await api(bureau, 'POST', '/admin/reviewers', {
      role: 'dept_reviewer',
      username: 'zjjreviewer',
      password: 'Reviewer-2026',
      name: '黄审核',
      departmentId: dept.id,
    });
    expect(reviewer.statusCode).toBe(201);
    expect(reviewer.json()).toMatchObject({
      role: 'dept_reviewer',
      department: { name: '深圳市住房和建设局' },
      committee: null,
    });

    const first = await login(t.app, 'zjjreviewer', 'Reviewer-2026');
    expect(first.json().user).toMatchObject({ role: 'dept_reviewer', mustChangePassword: true });

    const committees = (await api(bureau, 'GET', '/admin/committees')).json().items;
    const secretary = await api(bureau, 'POST', '/admin/reviewers', {
      role: 'committee_secretary',
      username: 'jsgsecretary',
      password: 'Secretary-2026',
      name: '吴秘书',
      committeeId: committees[0].id,
    });
    expect(secretary.statusCode).toBe(201);
    expect(secretary.json().committee.id).toBe(committees[0].id);
  });

  it('requires the tenant that goes with the role', async () => {
    const response = await api(bureau, 'POST', '/admin/reviewers', {
      role: 'dept_reviewer',
      username: 'nodept001',
      password: 'Reviewer-2026',
      name: '无部门',
    });
    expect(response.statusCode).toBe(400);
    expect(response.json().errors).toContainEqual({
      path: 'departmentId',
      message: '部门审核人须选择日常工作部门',
    });
    const unknown = await api(bureau, 'POST', '/admin/reviewers', {
      role: 'committee_secretary',
      username: 'nocommittee1',
      password: 'Reviewer-2026',
      name: '无评委会',
      committeeId: '00000000-0000-4000-8000-000000000000',
    });
    expect(unknown.json().errors).toContainEqual({ path: 'committeeId', message: '该评委会不存在或已停用' });
  });

  it('disables, enables and resets reviewer accounts', async () => {
    const list = (await api(bureau, 'GET', '/admin/reviewers?role=dept_reviewer&q=陈审核')).json();
    expect(list.total).toBe(1);
    const id = list.items[0].id;
    const session = await loginOk(t.app, 'swjreviewer');

    expect((await api(bureau, 'PATCH', `/admin/reviewers/${id}`, { status: 'disabled' })).json().status).toBe(
      'disabled',
    );
    expect((await api(session.accessToken, 'GET', '/me')).statusCode).toBe(401);
    expect((await login(t.app, 'swjreviewer')).json().code).toBe('account_disabled');
    await api(bureau, 'PATCH', `/admin/reviewers/${id}`, { status: 'active' });

    const reset = await api(bureau, 'POST', `/admin/reviewers/${id}/reset-password`);
    const fresh = await login(t.app, 'swjreviewer', reset.json().temporaryPassword);
    expect(fresh.json().user.mustChangePassword).toBe(true);
  });

  it('does not manage applicants or unit staff through the reviewer routes', async () => {
    const unitAdmin = (await api(bureau, 'GET', '/admin/reviewers?q=unitadmin')).json();
    expect(unitAdmin.total).toBe(0);
  });

  it('is refused to every other role', async () => {
    for (const username of ['unitadmin', 'applicant01', 'slsecretary']) {
      const token = (await loginOk(t.app, username)).accessToken;
      expect((await api(token, 'GET', '/admin/reviewers')).statusCode, username).toBe(403);
      expect((await api(token, 'GET', '/admin/departments')).statusCode, username).toBe(403);
    }
  });
});
