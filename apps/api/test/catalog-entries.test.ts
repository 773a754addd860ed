import { appMeta, auditEvents, departments } from '@zhicheng/db';
import { desc, eq } from 'drizzle-orm';
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

const missingId = '00000000-0000-4000-8000-000000000000';
const admin = (method: 'GET' | 'POST' | 'PATCH' | 'DELETE', url: string, payload?: object) =>
  t.app.inject({ method, url: `/api/v1${url}`, headers: bearer(bureau), ...(payload ? { payload } : {}) });
const fullCatalog = async () => (await admin('GET', '/admin/catalog')).json();
const lastAudit = async (action: string) => {
  const [event] = await t.database.db
    .select()
    .from(auditEvents)
    .where(eq(auditEvents.action, action))
    .orderBy(desc(auditEvents.id))
    .limit(1);
  return event;
};

/** Creates every kind once, so each kind's update and delete can be exercised below. */
async function createOneOfEach(tag: string) {
  const ids: Record<string, string> = {};
  const create = async (kind: string, url: string, body: object) => {
    const response = await admin('POST', url, body);
    expect(response.statusCode, `${kind}: ${response.body}`).toBe(201);
    ids[kind] = response.json().id;
    expect(await lastAudit(`catalog.${kind}_created`)).toMatchObject({
      targetType: kind,
      targetId: ids[kind],
    });
  };
  await create('series', '/admin/series', { code: `S-${tag}`, name: `系列${tag}` });
  await create('specialty', `/admin/series/${ids.series}/specialties`, {
    code: `SP-${tag}`,
    name: `专业${tag}`,
    group: '甲组',
  });
  await create('qualification', `/admin/series/${ids.series}/qualifications`, {
    level: '中级',
    name: `资格${tag}`,
  });
  await create('department', '/admin/departments', { name: `部门${tag}` });
  await create('committee', '/admin/committees', {
    code: `C-${tag}`,
    name: `评委会${tag}`,
    departmentId: ids.department,
    seriesId: ids.series,
    levels: ['中级'],
    specialtyIds: [ids.specialty],
    pilot: false,
  });
  return ids as Record<'series' | 'specialty' | 'qualification' | 'department' | 'committee', string>;
}

describe('catalogue entries, one table-driven set of routes per kind', () => {
  it('creates, updates and audits each kind', async () => {
    const ids = await createOneOfEach('A');
    const updates: [string, string, object][] = [
      ['series', `/admin/series/${ids.series}`, { name: '系列A改' }],
      ['specialty', `/admin/specialties/${ids.specialty}`, { group: '乙组' }],
      ['qualification', `/admin/qualifications/${ids.qualification}`, { name: '资格A改' }],
      ['department', `/admin/departments/${ids.department}`, { name: '部门A改' }],
      ['committee', `/admin/committees/${ids.committee}`, { specialtyIds: [], pilot: true }],
    ];
    for (const [kind, url, body] of updates) {
      const response = await admin('PATCH', url, body);
      expect(response.statusCode, `${kind}: ${response.body}`).toBe(200);
      expect(response.json()).toEqual({ id: ids[kind as keyof typeof ids] });
      expect(await lastAudit(`catalog.${kind}_updated`), kind).toMatchObject({ targetType: kind });
    }
    const catalog = await fullCatalog();
    const series = catalog.series.find((s: { id: string }) => s.id === ids.series);
    expect(series).toMatchObject({
      name: '系列A改',
      specialties: [{ id: ids.specialty, group: '乙组' }],
      qualifications: [{ id: ids.qualification, name: '资格A改', level: '中级' }],
    });
    expect(catalog.departments).toContainEqual({ id: ids.department, name: '部门A改', active: true });
    expect(catalog.committees.find((c: { id: string }) => c.id === ids.committee)).toMatchObject({
      specialtyIds: [],
      pilot: true,
    });
  });

  it('answers 404 with the kind in the message for an unknown entry', async () => {
    const cases: [string, string, object][] = [
      ['系列', '/admin/series', { name: 'x' }],
      ['专业', '/admin/specialties', { name: 'x' }],
      ['资格', '/admin/qualifications', { name: 'x' }],
      ['部门', '/admin/departments', { name: 'x' }],
      ['评委会', '/admin/committees', { name: 'x' }],
    ];
    for (const [label, path, body] of cases) {
      for (const response of [
        await admin('PATCH', `${path}/${missingId}`, body),
        await admin('DELETE', `${path}/${missingId}`),
      ]) {
        expect(response.statusCode, path).toBe(404);
        expect(response.json().detail).toBe(`没有找到该${label}`);
      }
    }
    for (const child of ['specialties', 'qualifications']) {
      const response = await admin('POST', `/admin/series/${missingId}/${child}`, {
        code: 'X-1',
        name: '无主',
        level: '中级',
      });
      expect(response.statusCode, child).toBe(404);
      expect(response.json().detail).toBe('没有找到该系列');
    }
  });

  it('names the duplicate field per kind', async () => {
    await createOneOfEach('B');
    const duplicates: [string, object, string][] = [
      ['/admin/departments', { name: '部门B' }, 'name'],
      ['/admin/series', { code: 'S-B', name: '别的名字' }, 'code'],
    ];
    for (const [url, body, path] of duplicates) {
      const response = await admin('POST', url, body);
      expect(response.statusCode, url).toBe(409);
      expect(response.json().errors).toEqual([{ path, message: '已存在，请换一个' }]);
    }
  });

  it('deletes unused entries of every kind (children first) and audits each delete', async () => {
    const ids = await createOneOfEach('C');
    // The series is still used by its specialty, qualification and committee.
    const refused = await admin('DELETE', `/admin/series/${ids.series}`);
    expect(refused.statusCode).toBe(409);
    expect(refused.json().detail).toBe('该系列已被使用，不能删除；如不再使用，请将其停用');
    const order: [keyof typeof ids, string][] = [
      ['committee', `/admin/committees/${ids.committee}`],
      ['department', `/admin/departments/${ids.department}`],
      ['qualification', `/admin/qualifications/${ids.qualification}`],
      ['specialty', `/admin/specialties/${ids.specialty}`],
      ['series', `/admin/series/${ids.series}`],
    ];
    for (const [kind, url] of order) {
      const response = await admin('DELETE', url);
      expect(response.statusCode, `${kind}: ${response.body}`).toBe(204);
      expect(await lastAudit(`catalog.${kind}_deleted`)).toMatchObject({
        targetType: kind,
        targetId: ids[kind],
      });
    }
    const catalog = await fullCatalog();
    expect(catalog.series.map((s: { id: string }) => s.id)).not.toContain(ids.series);
  });

  it('stamps updatedAt and the catalogue version from the injected clock', async () => {
    const { department } = await createOneOfEach('D');
    // Far enough from the real time that a `new Date()` in the write path could not pass.
    t.clock.advance(90_000);
    expect((await admin('PATCH', `/admin/departments/${department}`, { active: false })).statusCode).toBe(
      200,
    );
    const db = t.database.db;
    const [row] = await db.select().from(departments).where(eq(departments.id, department));
    expect(row?.updatedAt.toISOString()).toBe(t.clock.now().toISOString());
    const [version] = await db.select().from(appMeta).where(eq(appMeta.key, 'catalog.version'));
    expect(version?.updatedAt.toISOString()).toBe(t.clock.now().toISOString());
  });
});
