import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { bearer, createTestApp, loginOk, type TestApp } from './helpers.js';

let t: TestApp;
let bureau: string;
beforeAll(async () => {
  t = await createTestApp();
  bureau = (await loginOk(t.app, 'bureauadmin')).accessToken;
});
afterAll(async () => {
  await t?.close();
});

const getCatalog = (headers = {}) => t.app.inject({ method: 'GET', url: '/api/v1/catalog', headers });
const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object, token = bureau) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(token), ...(payload ? { payload } : {}) });

describe('GET /catalog', () => {
  it('returns the whole tree with levels, committees and the five innovative conditions', async () => {
    const response = await getCatalog();
    expect(response.statusCode).toBe(200);
    const catalog = response.json();
    expect(catalog.levels).toEqual(['员级', '助理级', '中级', '副高级', '正高级']);
    const engineering = catalog.series.find((s: { name: string }) => s.name === '工程技术');
    expect(engineering.specialties.map((s: { name: string }) => s.name)).toContain('水文水资源');
    expect(engineering.qualifications).toContainEqual(
      expect.objectContaining({ level: '副高级', name: '高级工程师' }),
    );
    const water = catalog.committees.find((c: { code: string }) => c.code === 'SZ-GC-SL-G');
    const department = catalog.departments.find((d: { id: string }) => d.id === water.departmentId);
    expect(department.name).toBe('深圳市水务局');
    expect(water).toMatchObject({ pilot: true, levels: ['副高级', '正高级'], seriesId: engineering.id });
    expect(catalog.innovativeConditions.map((c: { id: number }) => c.id)).toEqual([1, 2, 3, 4, 5]);
  });

  it('answers 304 to a matching If-None-Match and changes its ETag after an edit', async () => {
    const first = await getCatalog();
    const etag = first.headers.etag as string;
    expect(etag).toBeTruthy();
    expect((await getCatalog({ 'if-none-match': etag })).statusCode).toBe(304);

    const added = await admin('POST', '/admin/departments', { name: '深圳市测试局' });
    expect(added.statusCode).toBe(201);
    const after = await getCatalog({ 'if-none-match': etag });
    expect(after.statusCode).toBe(200);
    expect(after.headers.etag).not.toBe(etag);
    expect(after.json().departments.map((d: { name: string }) => d.name)).toContain('深圳市测试局');
  });
});

describe('bureau catalogue maintenance', () => {
  it('adds a series with a specialty and a qualification, and a committee covering them', async () => {
    const seriesId = (await admin('POST', '/admin/series', { code: 'TST', name: '测试系列' })).json().id;
    const specialtyId = (
      await admin('POST', `/admin/series/${seriesId}/specialties`, { code: 'TST-01', name: '测试专业' })
    ).json().id;
    expect(
      (await admin('POST', `/admin/series/${seriesId}/qualifications`, { level: '中级', name: '测试师' }))
        .statusCode,
    ).toBe(201);
    const departmentId = (await admin('POST', '/admin/departments', { name: '测试部门甲' })).json().id;
    const committee = await admin('POST', '/admin/committees', {
      code: 'TST-C',
      name: '测试评委会',
      departmentId,
      seriesId,
      levels: ['中级'],
      specialtyIds: [specialtyId],
      pilot: false,
    });
    expect(committee.statusCode).toBe(201);
    const catalog = (await getCatalog()).json();
    expect(catalog.committees.find((c: { code: string }) => c.code === 'TST-C')).toMatchObject({
      specialtyIds: [specialtyId],
      departmentId,
    });
  });

  it('refuses a committee without a department or with a specialty of another series', async () => {
    const catalog = (await getCatalog()).json();
    const [first, second] = catalog.series;
    const noDepartment = await admin('POST', '/admin/committees', {
      code: 'BAD-1',
      name: '缺部门',
      seriesId: first.id,
      levels: ['中级'],
      specialtyIds: [],
      pilot: false,
    });
    expect(noDepartment.statusCode).toBe(400);
    expect(noDepartment.json().errors).toContainEqual({
      path: 'departmentId',
      message: '请选择日常工作部门',
    });

    const foreign = await admin('POST', '/admin/committees', {
      code: 'BAD-2',
      name: '跨系列',
      departmentId: catalog.departments[0].id,
      seriesId: first.id,
      levels: ['中级'],
      specialtyIds: [second.specialties[0].id],
      pilot: false,
    });
    expect(foreign.statusCode).toBe(400);
    expect(foreign.json().errors[0].path).toBe('specialtyIds');
  });

  it('refuses to delete what is in use and suggests deactivating; deactivated entries leave the public catalogue', async () => {
    const catalog = (await getCatalog()).json();
    const water = catalog.departments.find((d: { name: string }) => d.name === '深圳市水务局');
    const refused = await admin('DELETE', `/admin/departments/${water.id}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toContain('停用');

    const unused = (await admin('POST', '/admin/departments', { name: '临时部门' })).json().id;
    expect((await admin('DELETE', `/admin/departments/${unused}`)).statusCode).toBe(204);

    const committee = catalog.committees.find((c: { code: string }) => c.code === 'SZ-GC-SL-ZC');
    expect((await admin('PATCH', `/admin/committees/${committee.id}`, { active: false })).statusCode).toBe(
      200,
    );
    const after = (await getCatalog()).json();
    expect(after.committees.map((c: { code: string }) => c.code)).not.toContain('SZ-GC-SL-ZC');
    const full = (await admin('GET', '/admin/catalog')).json();
    expect(full.committees.find((c: { code: string }) => c.code === 'SZ-GC-SL-ZC').active).toBe(false);
    await admin('PATCH', `/admin/committees/${committee.id}`, { active: true });
  });

  it('refuses a duplicate code with a field error', async () => {
    const response = await admin('POST', '/admin/series', { code: 'GC', name: '重复' });
    expect(response.statusCode).toBe(409);
    expect(response.json().errors).toEqual([{ path: 'code', message: '已存在，请换一个' }]);
  });

  it('is refused to every other role', async () => {
    for (const username of ['unitadmin', 'applicant01', 'swjreviewer']) {
      const token = (await loginOk(t.app, username)).accessToken;
      expect(
        (await admin('POST', '/admin/series', { code: 'X1', name: 'x' }, token)).statusCode,
        username,
      ).toBe(403);
      expect((await admin('GET', '/admin/catalog', undefined, token)).statusCode, username).toBe(403);
      expect((await admin('POST', '/admin/cycles', {}, token)).statusCode, username).toBe(403);
    }
  });
});

describe('review cycles', () => {
  it('lists the open cycle to any logged-in user', async () => {
    const token = (await loginOk(t.app, 'applicant01')).accessToken;
    const response = await admin('GET', '/cycles?open=true', undefined, token);
    expect(response.json().items).toHaveLength(1);
    expect(response.json().items[0]).toMatchObject({ open: true });
  });

  it('refuses overlapping cycles and a close before the open', async () => {
    const now = t.clock.now().getTime();
    const day = 86_400_000;
    const overlapping = await admin('POST', '/admin/cycles', {
      name: '重叠批次',
      year: 2027,
      opensAt: new Date(now + 10 * day).toISOString(),
      closesAt: new Date(now + 400 * day).toISOString(),
    });
    expect(overlapping.statusCode).toBe(409);
    expect(overlapping.json().detail).toContain('重叠');

    const backwards = await admin('POST', '/admin/cycles', {
      name: '倒序',
      year: 2027,
      opensAt: new Date(now + 500 * day).toISOString(),
      closesAt: new Date(now + 400 * day).toISOString(),
    });
    expect(backwards.statusCode).toBe(400);
    expect(backwards.json().errors[0]).toMatchObject({ path: 'closesAt' });

    const later = await admin('POST', '/admin/cycles', {
      name: '2027年度专业技术资格评审',
      year: 2027,
      opensAt: new Date(now + 200 * day).toISOString(),
      closesAt: new Date(now + 300 * day).toISOString(),
    });
    expect(later.statusCode).toBe(201);
    expect(later.json().open).toBe(false);
  });
});
